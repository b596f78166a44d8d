import {
  ActionIcon,
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, useTimeZone } from '../../shared/format.js';
import { QueryView } from '../../shared/query-view.js';
import { bucketByDay, dayKeyIn, gridRange, monthGrid, monthOf } from './calendar-days.js';
import { type Task, useTasksBetween } from './tasks.api.js';

/** A month of open tasks by due day (days in the user's time zone setting); click a task to edit it. */
export function TaskCalendar({ onEdit }: { onEdit: (t: Task) => void }) {
  const { t, i18n } = useTranslation();
  const zone = useTimeZone();
  const fmt = useFormat();
  const today = dayKeyIn(Date.now(), zone);
  const [cursor, setCursor] = useState(() => monthOf(today));
  const days = useMemo(() => monthGrid(cursor.year, cursor.month), [cursor]);
  const { from, to } = useMemo(() => gridRange(days, zone), [days, zone]);
  const tasks = useTasksBetween(from, to);
  const locale = i18n.resolvedLanguage ?? 'en';
  // Labels name calendar days, not instants: format them in UTC so no zone can shift them.
  const title = fmt.month(Date.UTC(cursor.year, cursor.month, 1));
  const weekdays = days
    .slice(0, 7)
    .map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.parse(d)));
  const move = (delta: number) =>
    setCursor((c) => {
      const d = new Date(Date.UTC(c.year, c.month + delta, 1));
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() };
    });
  return (
    <Stack data-testid="task-calendar">
      <Group justify="space-between">
        <ActionIcon variant="subtle" onClick={() => move(-1)} aria-label={t('tasks.calendar.previous')}>
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Title order={4} data-testid="task-calendar-title">
          {title}
        </Title>
        <ActionIcon variant="subtle" onClick={() => move(1)} aria-label={t('tasks.calendar.next')}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Group>
      <QueryView query={tasks}>
        {(list) => {
          const byDay = bucketByDay(list, zone);
          return (
            <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
              {weekdays.map((w) => (
                <Text key={w} size="xs" c="dimmed" ta="center">
                  {w}
                </Text>
              ))}
              {days.map((d) => {
                const items = byDay.get(d) ?? [];
                const inMonth = monthOf(d).month === cursor.month;
                const isToday = d === today;
                return (
                  <Paper
                    key={d}
                    withBorder
                    p={4}
                    mih={88}
                    opacity={inMonth ? 1 : 0.5}
                    data-testid={`calendar-day-${d}`}
                  >
                    <Text size="xs" fw={isToday ? 700 : 400} c={isToday ? 'blue' : undefined}>
                      {Number(d.slice(8))}
                    </Text>
                    <Stack gap={2}>
                      {items.slice(0, 3).map((task) => (
                        <UnstyledButton key={task.id} onClick={() => onEdit(task)}>
                          <Text size="xs" truncate c={task.dueAt < Date.now() ? 'red' : undefined}>
                            {task.title}
                          </Text>
                        </UnstyledButton>
                      ))}
                      {items.length > 3 && (
                        <Badge size="xs" variant="light">
                          {t('tasks.calendar.more', { count: items.length - 3 })}
                        </Badge>
                      )}
                    </Stack>
                  </Paper>
                );
              })}
            </SimpleGrid>
          );
        }}
      </QueryView>
    </Stack>
  );
}
