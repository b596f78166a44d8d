import { Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import type { Page } from '../../../api/types.js';
import { useFormat } from '../../../shared/format.js';
import { QueryView } from '../../../shared/query-view.js';
import { useCan } from '../../auth/use-session.js';
import { apiKeysKey, settingsApi, useUserOptions } from '../settings.api.js';
import { auditActionLabel, auditEntityLabel } from './audit-labels.js';

interface AuditEntry {
  id: string;
  at: number;
  actorType: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, [unknown, unknown]>;
}

const TIME_FIELD = /(At|From|Until)$/;

const short = (v: unknown) => {
  const s = v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

/** Who changed what, newest first (administrators). */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const people = useUserOptions();
  // Changes made through the API name their key (revoked keys are gone: those stay "API key").
  const keys = useQuery({
    queryKey: apiKeysKey,
    queryFn: settingsApi.apiKeys,
    select: (p) => p.data,
    enabled: can('api_keys:read'),
  });
  const exists = (key: string) => i18n.exists(key);
  const audit = useInfiniteQuery({
    queryKey: ['audit'],
    queryFn: ({ pageParam }) => api.get<Page<AuditEntry>>('/audit', { cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  // Epoch-ms fields read better as dates in the user's language.
  const show = (field: string, v: unknown) =>
    TIME_FIELD.test(field) && typeof v === 'number' ? fmt.dateTime(v) : short(v);
  const actor = (e: AuditEntry) => {
    if (e.actorType === 'user') return people.data?.find((u) => u.id === e.actorId)?.name ?? e.actorId;
    if (e.actorType === 'api_key') {
      const key = keys.data?.find((k) => k.id === e.actorId);
      return key ? t('audit.apiKeyNamed', { name: key.name }) : t('audit.apiKey');
    }
    return t('audit.system');
  };

  return (
    <QueryView query={audit}>
      {(data) => {
        const rows = data.pages.flatMap((p) => p.data);
        if (rows.length === 0) return <Text c="dimmed">{t('audit.empty')}</Text>;
        return (
          <Stack data-testid="audit-page">
            <Table.ScrollContainer minWidth={760}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('audit.fields.at')}</Table.Th>
                    <Table.Th>{t('audit.fields.actor')}</Table.Th>
                    <Table.Th>{t('audit.fields.action')}</Table.Th>
                    <Table.Th>{t('audit.fields.entity')}</Table.Th>
                    <Table.Th>{t('audit.fields.changes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{fmt.dateTime(e.at)}</Table.Td>
                      <Table.Td>{actor(e)}</Table.Td>
                      <Table.Td>
                        <Badge variant="light">{auditActionLabel(e.action, t, exists)}</Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{auditEntityLabel(e.entityType, t, exists)}</Text>
                        <Text size="xs" c="dimmed">
                          {e.entityId}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'normal' }}>
                        {Object.entries(e.changes ?? {}).map(([field, [before, after]]) => (
                          <Text key={field} size="xs">
                            <Code>{field}</Code> {show(field, before)} → {show(field, after)}
                          </Text>
                        ))}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {audit.hasNextPage && (
              <Button
                variant="subtle"
                onClick={() => audit.fetchNextPage()}
                loading={audit.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            )}
          </Stack>
        );
      }}
    </QueryView>
  );
}
