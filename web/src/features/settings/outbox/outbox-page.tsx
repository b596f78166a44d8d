import { Badge, Button, Code, Spoiler, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import type { Page } from '../../../api/types.js';
import { useFormat } from '../../../shared/format.js';
import { QueryView } from '../../../shared/query-view.js';
import { RowsTable } from '../../../shared/rows-table.js';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'queued' | 'sent' | 'sandbox' | 'failed';
  error: string | null;
  createdAt: number;
  sentAt: number | null;
}

const COLOR = { queued: 'gray', sent: 'teal', sandbox: 'blue', failed: 'red' } as const;

/** Every e-mail the app queued or sent; without SMTP_URL mail stays here ("sandbox"). */
export function OutboxPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const outbox = useInfiniteQuery({
    queryKey: ['outbox'],
    queryFn: ({ pageParam }) => api.get<Page<Mail>>('/mail/outbox', { cursor: pageParam, limit: 50 }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  return (
    <QueryView query={outbox}>
      {(data) => {
        const rows = data.pages.flatMap((p) => p.data);
        return (
          <Stack data-testid="outbox-page">
            <Text size="sm" c="dimmed">
              {t('outbox.hint')}
            </Text>
            <RowsTable
              rows={rows}
              empty={t('outbox.empty')}
              headers={[
                t('outbox.fields.createdAt'),
                t('outbox.fields.to'),
                t('outbox.fields.subject'),
                t('outbox.fields.status'),
              ]}
              minWidth={760}
              verticalSpacing="xs"
            >
              {(m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{fmt.dateTime(m.createdAt)}</Table.Td>
                  <Table.Td>{m.to}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
                    <Text size="sm">{m.subject}</Text>
                    <Spoiler maxHeight={0} showLabel={t('outbox.showBody')} hideLabel={t('outbox.hideBody')}>
                      {/* Wrapped: a hidden pre's long lines would still widen the column past the page. */}
                      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {m.text}
                      </Code>
                    </Spoiler>
                    {m.error && (
                      <Text size="xs" c="red">
                        {m.error}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={COLOR[m.status]} variant="light">
                      {t(`outbox.status.${m.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              )}
            </RowsTable>
            {outbox.hasNextPage && (
              <Button
                variant="default"
                onClick={() => outbox.fetchNextPage()}
                loading={outbox.isFetchingNextPage}
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
