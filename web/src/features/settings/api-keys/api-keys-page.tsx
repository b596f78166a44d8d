import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '../../../api/types.js';
import { ConfirmModal } from '../../../shared/confirm-modal.js';
import { CreateButton } from '../../../shared/create-button.js';
import { useFormat } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { useCan } from '../../auth/use-session.js';
import { apiKeysKey, settingsApi } from '../settings.api.js';
import { CreateApiKeyModal } from './create-api-key-modal.js';

const WRAP = { whiteSpace: 'normal' } as const;

export function ApiKeysPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const can = useCan();
  const notify = useNotify();
  const keys = useQuery({ queryKey: apiKeysKey, queryFn: settingsApi.apiKeys, select: (p) => p.data });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const revoke = useMutation({
    mutationFn: (key: ApiKey) => settingsApi.revokeApiKey(key.id),
    onSuccess: () => {
      notify.success(t('apiKeys.revoked', { name: revoking?.name }));
      setRevoking(null);
      return qc.invalidateQueries({ queryKey: apiKeysKey });
    },
    onError: notify.error,
  });

  return (
    <Stack data-testid="api-keys-page">
      <Group justify="space-between">
        <Text c="dimmed" size="sm" maw={560}>
          {t('apiKeys.intro')}
        </Text>
        {can('api_keys:create') && (
          <CreateButton
            label={t('apiKeys.create')}
            onClick={() => setCreating(true)}
            testId="api-key-create"
          />
        )}
      </Group>
      <QueryRowsTable
        query={keys}
        empty={t('apiKeys.empty')}
        headers={[
          t('apiKeys.fields.name'),
          t('apiKeys.fields.prefix'),
          t('apiKeys.fields.role'),
          t('apiKeys.fields.createdAt'),
          t('apiKeys.fields.lastUsedAt'),
          '',
        ]}
        minWidth={640}
        verticalSpacing="sm"
      >
        {(key) => (
          <Table.Tr key={key.id} opacity={key.revokedAt ? 0.55 : 1}>
            <Table.Td fw={500}>{key.name}</Table.Td>
            <Table.Td>
              <Code>{key.prefix}…</Code>
            </Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`roles.${key.role}`)}</Badge>
            </Table.Td>
            {/* Dates may wrap: in Latvian they are long enough to push Revoke out of view at 1024 px. */}
            <Table.Td style={WRAP}>{fmt.date(key.createdAt)}</Table.Td>
            <Table.Td style={WRAP}>
              {key.lastUsedAt ? fmt.dateTime(key.lastUsedAt) : t('apiKeys.neverUsed')}
            </Table.Td>
            <Table.Td ta="right" style={WRAP}>
              {key.revokedAt ? (
                <Text size="xs" c="dimmed" fw={600}>
                  {t('apiKeys.revokedOn', { date: fmt.date(key.revokedAt) })}
                </Text>
              ) : (
                can('api_keys:delete') && (
                  <Button size="xs" variant="light" color="red" onClick={() => setRevoking(key)}>
                    {t('apiKeys.revoke')}
                  </Button>
                )
              )}
            </Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('apiKeys.revokeTitle')}
        message={t('apiKeys.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('apiKeys.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => setRevoking(null)}
      />
    </Stack>
  );
}
