import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format.js';
import { useMyDay } from '../tasks/tasks.api.js';

const SHOWN = 6;

/** The user's overdue and today's tasks, the most urgent first; the whole list is under Tasks. */
export function MyDayCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const day = useMyDay().data;
  const urgent = [
    ...(day?.overdue ?? []).map((task) => ({ task, late: true })),
    ...(day?.today ?? []).map((task) => ({ task, late: false })),
  ];
  return (
    <Card withBorder radius="md" padding="md" data-testid="home-my-day">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('home.myDay')}</Title>
        <Group gap={6}>
          <Badge color="red" variant="light">
            {t('home.overdue', { count: day?.counts.overdue ?? 0 })}
          </Badge>
          <Badge variant="light">{t('home.today', { count: day?.counts.today ?? 0 })}</Badge>
        </Group>
      </Group>
      {urgent.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('home.nothingDue')}
        </Text>
      ) : (
        <Stack gap={6}>
          {urgent.slice(0, SHOWN).map(({ task, late }) => (
            <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs">
              {/* Opens the task itself (Tasks opens `?task=` in its editor), not just the Tasks page. */}
              <Anchor
                component={Link}
                to={`/tasks?task=${encodeURIComponent(task.id)}`}
                size="sm"
                c="inherit"
                truncate
                data-testid="home-task-link"
              >
                {task.title}
              </Anchor>
              <Text size="xs" c={late ? 'red' : 'dimmed'} style={{ flexShrink: 0 }}>
                {fmt.dateTime(task.dueAt)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to="/tasks" size="sm" mt="sm" display="block">
        {urgent.length > SHOWN ? t('home.allTasks', { count: urgent.length }) : t('home.openTasks')}
      </Anchor>
    </Card>
  );
}
