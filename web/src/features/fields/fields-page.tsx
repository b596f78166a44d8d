import { Badge, Button, Group, SegmentedControl, Stack, Switch, Table } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../shared/create-button.js';
import { useNotify } from '../../shared/notify.js';
import { QueryRowsTable } from '../../shared/rows-table.js';
import { useCan } from '../auth/use-session.js';
import { fieldLabel, fieldsApi, fieldsKey, peopleKey } from '../customers/customers.api.js';
import type { FieldDefinition, FieldEntity } from '../customers/customers.types.js';
import { FieldWizardModal } from './field-wizard-modal.js';

/** Settings → Fields: custom fields per entity; admins create, edit and archive them. */
export function FieldsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const manage = can('fields:manage');
  const qc = useQueryClient();
  const notify = useNotify();
  const [entity, setEntity] = useState<FieldEntity>('person');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<FieldDefinition | 'new' | null>(null);
  const fields = useQuery({
    queryKey: [...fieldsKey, entity, 'all'],
    queryFn: () => fieldsApi.list(entity, true),
    select: (p) => p.data.filter((f) => showArchived || !f.archived),
  });
  const archive = useMutation({
    mutationFn: (f: FieldDefinition) => fieldsApi.update(f.id, { archived: !f.archived }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: peopleKey });
      return qc.invalidateQueries({ queryKey: fieldsKey });
    },
    onError: notify.error,
  });
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack data-testid="fields-page">
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            value={entity}
            onChange={(v) => setEntity(v as FieldEntity)}
            data={(['person', 'company'] as const).map((e) => ({
              value: e,
              label: t(`fields.entities.${e}`),
            }))}
          />
          <Switch
            label={t('fields.showArchived')}
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
        </Group>
        {manage && (
          <CreateButton label={t('fields.create')} onClick={() => setEditing('new')} testId="field-create" />
        )}
      </Group>
      <QueryRowsTable
        query={fields}
        empty={t('fields.empty')}
        headers={[t('fields.label'), t('fields.key'), t('fields.type'), t('fields.flags'), '']}
        verticalSpacing="sm"
      >
        {(f) => (
          <Table.Tr key={f.id} data-testid={`field-row-${f.key}`} opacity={f.archived ? 0.6 : 1}>
            <Table.Td fw={500}>{fieldLabel(f, lang)}</Table.Td>
            <Table.Td>
              <code>custom.{f.key}</code>
            </Table.Td>
            <Table.Td>{t(`fields.types.${f.type}`)}</Table.Td>
            <Table.Td>
              <Group gap={4}>
                {f.required && <Badge size="sm">{t('fields.required')}</Badge>}
                {f.indexed && (
                  <Badge size="sm" color="grape">
                    {t('fields.indexedBadge')}
                  </Badge>
                )}
                {f.archived && (
                  <Badge size="sm" color="gray">
                    {t('fields.archived')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              {manage && (
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="default" onClick={() => setEditing(f)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color={f.archived ? 'teal' : 'red'}
                    onClick={() => archive.mutate(f)}
                  >
                    {f.archived ? t('fields.unarchive') : t('fields.archive')}
                  </Button>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      {editing && (
        <FieldWizardModal
          entity={entity}
          field={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
