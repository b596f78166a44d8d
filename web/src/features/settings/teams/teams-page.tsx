import { Avatar, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../api/types.js';
import { ConfirmModal } from '../../../shared/confirm-modal.js';
import { CreateButton } from '../../../shared/create-button.js';
import { useFormat } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { useCan } from '../../auth/use-session.js';
import { settingsApi, teamsKey, useTeams, useUserOptions } from '../settings.api.js';
import { TeamFormModal } from './team-form-modal.js';

export function TeamsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const notify = useNotify();
  const teams = useTeams();
  const can = useCan();
  const people = useUserOptions();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const nameOf = (id: string | null) => people.data?.find((u) => u.id === id)?.name ?? '—';
  const remove = useMutation({
    mutationFn: (team: Team) => settingsApi.deleteTeam(team.id),
    onSuccess: () => {
      notify.success(t('teams.deleted', { name: deleting?.name }));
      setDeleting(null);
      return qc.invalidateQueries({ queryKey: teamsKey });
    },
    onError: notify.error,
  });

  return (
    <Stack data-testid="teams-page">
      <Group justify="flex-end">
        {can('teams:create') && (
          <CreateButton label={t('teams.create')} onClick={() => setEditing('new')} testId="team-create" />
        )}
      </Group>
      <QueryRowsTable
        query={teams}
        empty={t('teams.empty')}
        headers={[
          t('teams.fields.name'),
          t('teams.fields.lead'),
          t('teams.fields.members'),
          t('teams.fields.createdAt'),
          '',
        ]}
        minWidth={640}
        highlightOnHover
        verticalSpacing="sm"
      >
        {(team) => (
          <Table.Tr key={team.id}>
            <Table.Td fw={500}>{team.name}</Table.Td>
            <Table.Td>{nameOf(team.leadId)}</Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Avatar.Group>
                  {team.memberIds.slice(0, 5).map((id) => (
                    <Tooltip key={id} label={nameOf(id)}>
                      <Avatar size="sm" radius="xl">
                        {nameOf(id).slice(0, 1)}
                      </Avatar>
                    </Tooltip>
                  ))}
                </Avatar.Group>
                <Text size="sm" c="dimmed">
                  {t('teams.memberCount', { count: team.memberIds.length })}
                </Text>
              </Group>
            </Table.Td>
            <Table.Td>{fmt.date(team.createdAt)}</Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                {can('teams:update') && (
                  <Button size="xs" variant="default" onClick={() => setEditing(team)}>
                    {t('common.edit')}
                  </Button>
                )}
                {can('teams:delete') && (
                  <Button size="xs" variant="light" color="red" onClick={() => setDeleting(team)}>
                    {t('common.delete')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      {editing && (
        <TeamFormModal team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('teams.deleteTitle')}
        message={t('teams.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() => deleting && remove.mutate(deleting)}
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}
