import { Badge, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../shared/query-view.js';
import { useCan, useCurrentSession } from '../auth/use-session.js';
import { useTeams, useUserOptions } from '../settings/settings.api.js';
import { TaskItem } from './task-item.js';
import { type Task, useOpenTasks } from './tasks.api.js';

/**
 * Open tasks the user may see, one column per assignee (for team leads and supervisors). Everyone the
 * viewer oversees has a column, an empty one when they have no open tasks: a lead sees the members
 * of the teams they lead, someone who manages all tasks sees every user.
 */
export function TeamBoard({ onEdit }: { onEdit: (t: Task) => void }) {
  const { t } = useTranslation();
  const tasks = useOpenTasks();
  const users = useUserOptions();
  const teams = useTeams();
  const can = useCan();
  const { user } = useCurrentSession();
  const name = (id: string) => users.data?.find((u) => u.id === id)?.name ?? id;
  const overseen = can('tasks:manage')
    ? (users.data ?? []).filter((u) => u.active).map((u) => u.id)
    : (teams.data ?? []).filter((team) => team.leadId === user.id).flatMap((team) => team.memberIds);
  return (
    <QueryView query={tasks}>
      {(list) => {
        const byAssignee = new Map<string, Task[]>();
        for (const task of list)
          byAssignee.set(task.assigneeId, [...(byAssignee.get(task.assigneeId) ?? []), task]);
        const idle = [...new Set(overseen)]
          .filter((id) => !byAssignee.has(id))
          .sort((a, b) => name(a).localeCompare(name(b)));
        for (const id of idle) byAssignee.set(id, []);
        if (byAssignee.size === 0) return <Text c="dimmed">{t('tasks.noOpenTasks')}</Text>;
        const now = Date.now();
        return (
          <ScrollArea>
            <Group align="flex-start" wrap="nowrap" data-testid="team-board">
              {[...byAssignee.entries()].map(([assigneeId, items]) => (
                <Card key={assigneeId} withBorder w={300} style={{ flexShrink: 0 }}>
                  <Group justify="space-between" mb="sm">
                    <Title order={5}>{name(assigneeId)}</Title>
                    <Group gap={4}>
                      <Badge color="red" variant="light">
                        {t('tasks.overdueCount', { count: items.filter((x) => x.dueAt < now).length })}
                      </Badge>
                      <Badge variant="light">{items.length}</Badge>
                    </Group>
                  </Group>
                  <Stack gap="xs" data-testid="team-board-column" data-assignee={assigneeId}>
                    {items.length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('tasks.noOpenTasks')}
                      </Text>
                    )}
                    {items.map((task) => (
                      <TaskItem key={task.id} task={task} overdue={task.dueAt < now} onEdit={onEdit} />
                    ))}
                  </Stack>
                </Card>
              ))}
            </Group>
          </ScrollArea>
        );
      }}
    </QueryView>
  );
}
