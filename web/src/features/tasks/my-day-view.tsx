import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../shared/query-view.js';
import { TaskItem } from './task-item.js';
import { type Task, useMyDay } from './tasks.api.js';

const BUCKETS = ['overdue', 'today', 'upcoming'] as const;
const COLORS = { overdue: 'red', today: 'blue', upcoming: 'gray' } as const;

/** My open tasks in three columns: overdue, today, the next seven days. */
export function MyDayView({ onEdit }: { onEdit: (t: Task) => void }) {
  const { t } = useTranslation();
  const day = useMyDay();
  return (
    <QueryView query={day}>
      {(data) => (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {BUCKETS.map((b) => (
            <Card key={b} withBorder data-testid={`my-day-${b}`}>
              <Group justify="space-between" mb="sm">
                <Title order={4}>{t(`tasks.buckets.${b}`)}</Title>
                <Badge color={COLORS[b]} data-testid={`my-day-${b}-count`}>
                  {data.counts[b]}
                </Badge>
              </Group>
              <Stack gap="xs">
                {data[b].length === 0 && (
                  <Text c="dimmed" size="sm">
                    {t('tasks.emptyBucket')}
                  </Text>
                )}
                {data[b].map((task) => (
                  <TaskItem key={task.id} task={task} overdue={b === 'overdue'} onEdit={onEdit} />
                ))}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </QueryView>
  );
}
