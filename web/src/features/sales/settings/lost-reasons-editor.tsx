import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useNotify } from '../../../shared/notify.js';
import { useLabel, useLostReasons } from '../sales.api.js';

/** The managed list of lost reasons: add one, archive or restore (reasons are never deleted). */
export function LostReasonsEditor({ manage }: { manage: boolean }) {
  const { t } = useTranslation();
  const label = useLabel();
  const qc = useQueryClient();
  const notify = useNotify();
  const reasons = useLostReasons();
  const [name, setName] = useState('');
  const done = () => qc.invalidateQueries({ queryKey: ['lost-reasons'] });
  const add = useMutation({
    mutationFn: () => api.post('/lost-reasons', { name: name.trim() }),
    onSuccess: () => {
      setName('');
      void done();
    },
    onError: notify.error,
  });
  const archive = useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      api.patch(`/lost-reasons/${encodeURIComponent(id)}`, { archived }),
    onSuccess: done,
    onError: notify.error,
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={5}>{t('sales.settings.lostReasons')}</Title>
        {(reasons.data ?? []).map((r) => (
          <Group key={r.id} justify="space-between">
            <Text
              size="sm"
              c={r.archived ? 'dimmed' : undefined}
              td={r.archived ? 'line-through' : undefined}
            >
              {label(r)}
            </Text>
            <Switch
              label={t('sales.settings.active')}
              checked={!r.archived}
              disabled={!manage}
              onChange={(e) => archive.mutate({ id: r.id, archived: !e.currentTarget.checked })}
            />
          </Group>
        ))}
        {manage && (
          <Group>
            <TextInput
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              placeholder={t('sales.settings.newReason')}
              style={{ flex: 1 }}
            />
            <Button
              variant="default"
              disabled={!name.trim()}
              loading={add.isPending}
              onClick={() => add.mutate()}
            >
              {t('common.create')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
