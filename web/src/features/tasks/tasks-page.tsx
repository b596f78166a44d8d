import { ActionIcon, CopyButton, Group, Stack, Tabs, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendar, IconCalendarShare, IconCheck, IconLayoutKanban, IconSun } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { CreateButton } from '../../shared/create-button.js';
import { useNotify } from '../../shared/notify.js';
import { useSearchParam } from '../../shared/use-search-param.js';
import { useCan, useCurrentSession } from '../auth/use-session.js';
import { useTeams } from '../settings/settings.api.js';
import { MyDayView } from './my-day-view.js';
import { TaskCalendar } from './task-calendar.js';
import { TaskFormModal } from './task-form-modal.js';
import { type Task, tasksApi, tasksKey } from './tasks.api.js';
import { TeamBoard } from './team-board.js';

/**
 * Tasks: my day, the team board (leads and supervisors), a month calendar; new/edit modal; iCal link.
 * `?task=<id>` (the link of a notification or a timeline entry) opens that task whatever view it is
 * in: it is fetched on its own, so a team member's task opens for their lead too.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { user } = useCurrentSession();
  const teams = useTeams();
  const [tab, setTab] = useState<string | null>('my-day');
  const [editing, setEditing] = useState<Task | null>(null);
  const [open, setOpen] = useState(false);
  const ical = useQuery({ queryKey: ['tasks', 'ical'], queryFn: tasksApi.icalUrl });
  const isLead = teams.data?.some((team) => team.leadId === user.id) ?? false;
  const showBoard = isLead || can('tasks:manage');
  const edit = (task: Task | null) => {
    setEditing(task);
    setOpen(true);
  };
  const notify = useNotify();
  const [linkedId, setLinkedId] = useSearchParam('task', { replace: true });
  const linked = useQuery({
    queryKey: [...tasksKey, 'one', linkedId],
    queryFn: () => tasksApi.get(linkedId as string),
    enabled: Boolean(linkedId),
    retry: false,
  });
  const clearLinked = () => setLinkedId(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: open once per link followed.
  useEffect(() => {
    if (linkedId && linked.data?.id === linkedId) edit(linked.data);
  }, [linkedId, linked.data]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: report once per link followed.
  useEffect(() => {
    if (linkedId && linked.isError) {
      // A link from a notification to a task handed to someone else is not a "deleted record".
      if (isApiError(linked.error, 404)) notifications.show({ color: 'red', message: t('tasks.linkGone') });
      else notify.error(linked.error);
      clearLinked();
    }
  }, [linkedId, linked.isError]);
  const close = () => {
    setOpen(false);
    if (linkedId) clearLinked();
  };
  return (
    <Stack data-testid="tasks-page">
      <Group justify="space-between">
        <Title order={2}>{t('modules.tasks.title')}</Title>
        <Group gap="xs">
          {ical.data && (
            <CopyButton value={ical.data.url}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('tasks.icalHint')}>
                  <ActionIcon
                    variant="light"
                    size="lg"
                    onClick={copy}
                    aria-label={t('tasks.copyIcal')}
                    data-testid="copy-ical"
                  >
                    {copied ? <IconCheck size={18} /> : <IconCalendarShare size={18} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          )}
          {can('tasks:create') && (
            <CreateButton label={t('tasks.new')} onClick={() => edit(null)} testId="new-task" />
          )}
        </Group>
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="my-day" leftSection={<IconSun size={16} />} data-testid="tab-my-day">
            {t('tasks.tabs.myDay')}
          </Tabs.Tab>
          {showBoard && (
            <Tabs.Tab value="board" leftSection={<IconLayoutKanban size={16} />} data-testid="tab-board">
              {t('tasks.tabs.board')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="calendar" leftSection={<IconCalendar size={16} />} data-testid="tab-calendar">
            {t('tasks.tabs.calendar')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="my-day" pt="md">
          <MyDayView onEdit={edit} />
        </Tabs.Panel>
        {showBoard && (
          <Tabs.Panel value="board" pt="md">
            <TeamBoard onEdit={edit} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="calendar" pt="md">
          <TaskCalendar onEdit={edit} />
        </Tabs.Panel>
      </Tabs>
      <TaskFormModal opened={open} task={editing} onClose={close} />
    </Stack>
  );
}
