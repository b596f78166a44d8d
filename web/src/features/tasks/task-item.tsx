import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useNotify } from '../../shared/notify.js';
import { TaskRelated } from './task-related.js';
import { type Task, useCompleteTask } from './tasks.api.js';

const PRIORITY_COLOR = { low: 'gray', normal: 'blue', high: 'red' } as const;

/** One task: title, due, type/priority badges, what it is about (linked), complete and edit buttons. */
export function TaskItem({
  task,
  overdue,
  onEdit,
  assignee,
}: {
  task: Task;
  overdue?: boolean;
  onEdit: (t: Task) => void;
  assignee?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const notify = useNotify();
  const complete = useCompleteTask(notify.errorWith({ title: t('tasks.notCompleted') }));
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="task-item" data-task-id={task.id}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        {/* The text takes the card's width (not the badge row's), and a long title wraps to two lines. */}
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={500} lineClamp={2} data-testid="task-item-title">
            {task.title}
          </Text>
          <Group gap={6}>
            <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
              {fmt.dateTime(task.dueAt)}
            </Text>
            <Badge size="xs" variant="light">
              {t(`tasks.types.${task.type}`)}
            </Badge>
            <Badge size="xs" variant="dot" color={PRIORITY_COLOR[task.priority]}>
              {t(`tasks.priorities.${task.priority}`)}
            </Badge>
            {assignee && (
              <Text size="xs" c="dimmed">
                {assignee}
              </Text>
            )}
          </Group>
          <TaskRelated related={task.related} />
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('common.edit')}>
            <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={() => onEdit(task)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          {task.status === 'open' && (
            <Tooltip label={t('tasks.complete')}>
              <ActionIcon
                variant="light"
                color="teal"
                aria-label={t('tasks.complete')}
                loading={complete.isPending}
                onClick={() => complete.mutate(task.id)}
                data-testid="task-complete"
              >
                <IconCheck size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
