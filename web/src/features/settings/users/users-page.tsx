import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import type { User } from '../../../api/types.js';
import { CreateButton } from '../../../shared/create-button.js';
import { useFormat } from '../../../shared/format.js';
import { ErrorAlert, Forbidden, PageLoader } from '../../../shared/page-states.js';
import { EditAction } from '../../../shared/row-actions.js';
import { useCan, useCurrentSession } from '../../auth/use-session.js';
import { settingsApi, usersKey, useTeams } from '../settings.api.js';
import { absenceState } from './absence.js';
import { CreateUserModal } from './create-user-modal.js';
import { EditUserModal } from './edit-user-modal.js';
import { UserActiveToggle } from './user-active-toggle.js';

// Text cells wrap (tables default to one line), so long Latvian and Russian rows fit at 1024 px.
const WRAP = { whiteSpace: 'normal' } as const;

export function UsersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const teams = useTeams();
  const can = useCan();
  const me = useCurrentSession().user;
  const teamName = (id: string) => teams.data?.find((tm) => tm.id === id)?.name ?? id;
  // A team lead is not a member of the team they lead: without this their Teams cell said "—".
  const teamsOf = (u: User) => [
    ...u.teamIds.map(teamName),
    ...(teams.data ?? [])
      .filter((tm) => tm.leadId === u.id && !u.teamIds.includes(tm.id))
      .map((tm) => t('users.leadOf', { team: tm.name })),
  ];
  const users = useInfiniteQuery({
    queryKey: [...usersKey, 'list', q],
    queryFn: ({ pageParam }) => settingsApi.users({ q, cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    // Typing in the search keeps the last list on screen until the new one arrives (no loader flash).
    placeholderData: keepPreviousData,
  });

  if (users.isError && isApiError(users.error, 403)) return <Forbidden />;
  const rows = users.data?.pages.flatMap((p) => p.data) ?? [];
  const userName = (id: string) => rows.find((u) => u.id === id)?.name ?? null;

  return (
    <Stack data-testid="users-page">
      <Group justify="space-between">
        <TextInput
          placeholder={t('users.search')}
          aria-label={t('users.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        {can('users:create') && (
          <CreateButton label={t('users.create')} onClick={() => setCreating(true)} testId="user-create" />
        )}
      </Group>
      {users.isPending && <PageLoader />}
      {users.isError && <ErrorAlert error={users.error} onRetry={() => users.refetch()} />}
      {users.isSuccess && rows.length === 0 && <Text c="dimmed">{t('users.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={680}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.fields.name')}</Table.Th>
                <Table.Th>{t('users.fields.role')}</Table.Th>
                <Table.Th>{t('users.fields.teams')}</Table.Th>
                <Table.Th>{t('users.fields.status')}</Table.Th>
                {/* Below 1200 px the row's actions matter more than when the account was made. */}
                <Table.Th visibleFrom="lg">{t('users.fields.createdAt')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((u) => (
                <Table.Tr key={u.id} data-testid={`user-row-${u.email}`}>
                  <Table.Td style={WRAP}>
                    <Text size="sm" fw={500}>
                      {u.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {u.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`roles.${u.role}`)}</Badge>
                  </Table.Td>
                  <Table.Td style={WRAP}>
                    <Text size="sm">{teamsOf(u).join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td style={WRAP}>
                    <Badge color={u.active ? 'teal' : 'gray'} variant="dot">
                      {t(u.active ? 'users.active' : 'users.inactive')}
                    </Badge>
                    <AbsenceNote user={u} substituteName={u.substituteId ? userName(u.substituteId) : null} />
                  </Table.Td>
                  <Table.Td visibleFrom="lg">{fmt.date(u.createdAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {can('users:update') && <EditAction onClick={() => setEditing(u)} />}
                      {can('users:update') && u.id !== me.id && <UserActiveToggle user={u} />}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {users.hasNextPage && (
        <Button variant="subtle" onClick={() => users.fetchNextPage()} loading={users.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      {editing && <EditUserModal user={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** A running or coming absence under the status, with who stands in; wraps instead of widening the table. */
function AbsenceNote({ user, substituteName }: { user: User; substituteName: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const state = absenceState(user, Date.now());
  if (!state) return null;
  const range = user.absentUntil
    ? t('users.absentRange', { from: fmt.date(user.absentFrom), until: fmt.date(user.absentUntil) })
    : t('users.absentSince', { from: fmt.date(user.absentFrom) });
  return (
    <Text size="xs" c={state === 'now' ? 'orange.8' : 'dimmed'} mt={4} maw={220} data-testid="user-absence">
      {range}
      {substituteName && ` · ${t('users.standsIn', { name: substituteName })}`}
    </Text>
  );
}
