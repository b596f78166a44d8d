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
import { QueryView } from '../../shared/query-view.js';
import { type Task, useTasksBetween } from './tasks.api.js';

const DAY = 86_400_000;

/** Monday-first weeks covering the month (local time of the browser). */
function monthGrid(year: number, month: number): Date[] {
  const first = new Date(year, month, 1);
  const offset = (first.getDay() + 6) % 7;
  const start = new Date(year, month, 1 - offset);
  const days: Date[] = [];
  for (let i = 0; i < 42; i++)
    days.push(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i));
  return days;
}

const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;

/** A month of open tasks by due day; click a task to edit it. */
export function TaskCalendar({ onEdit }: { onEdit: (t: Task) => void }) {
  const { t, i18n } = useTranslation();
  const now = new Date();
  const [cursor, setCursor] = useState({ year: now.getFullYear(), month: now.getMonth() });
  const days = useMemo(() => monthGrid(cursor.year, cursor.month), [cursor]);
  const from = days[0]!.getTime();
  const to = days[41]!.getTime() + DAY;
  const tasks = useTasksBetween(from, to);
  const locale = i18n.resolvedLanguage ?? 'en';
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(
    new Date(cursor.year, cursor.month, 1),
  );
  const weekdays = days
    .slice(0, 7)
    .map((d) => new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(d));
  const move = (delta: number) =>
    setCursor((c) => {
      const d = new Date(c.year, c.month + delta, 1);
      return { year: d.getFullYear(), month: d.getMonth() };
    });
  return (
    <Stack data-testid="task-calendar">
      <Group justify="space-between">
        <ActionIcon variant="subtle" onClick={() => move(-1)} aria-label={t('tasks.calendar.previous')}>
          <IconChevronLeft size={18} />
        </ActionIcon>
        <Title order={4} tt="capitalize">
          {title}
        </Title>
        <ActionIcon variant="subtle" onClick={() => move(1)} aria-label={t('tasks.calendar.next')}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Group>
      <QueryView query={tasks}>
        {(list) => {
          const byDay = new Map<string, Task[]>();
          for (const task of list) {
            const k = dayKey(new Date(task.dueAt));
            byDay.set(k, [...(byDay.get(k) ?? []), task]);
          }
          return (
            <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
              {weekdays.map((w) => (
                <Text key={w} size="xs" c="dimmed" ta="center">
                  {w}
                </Text>
              ))}
              {days.map((d) => {
                const items = byDay.get(dayKey(d)) ?? [];
                const inMonth = d.getMonth() === cursor.month;
                const today = dayKey(d) === dayKey(now);
                return (
                  <Paper key={d.getTime()} withBorder p={4} mih={88} opacity={inMonth ? 1 : 0.5}>
                    <Text size="xs" fw={today ? 700 : 400} c={today ? 'blue' : undefined}>
                      {d.getDate()}
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
