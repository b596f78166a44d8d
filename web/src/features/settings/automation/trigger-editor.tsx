import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Trigger } from './automation.api.js';
import { useEntityData } from './rule-editor-modal.js';

const KINDS = ['record_created', 'field_changed', 'stage_entered', 'task_overdue', 'date_reached'] as const;

function initial(kind: string): Trigger {
  switch (kind) {
    case 'field_changed':
      return { kind, entity: 'person', field: 'tags' };
    case 'stage_entered':
      return { kind, stageId: 'stg_inquiry_sent' };
    case 'task_overdue':
      return { kind };
    case 'date_reached':
      return { kind, entity: 'person', field: 'birthday', offsetDays: -3, at: '09:00' };
    default:
      return { kind: 'record_created', entity: 'person' };
  }
}

/** The trigger picker: a kind, then the settings that kind needs. */
export function TriggerEditor({ value, onChange }: { value: Trigger; onChange: (t: Trigger) => void }) {
  const { t } = useTranslation();
  const entities = useEntityData();
  const set = (patch: Partial<Record<string, unknown>>) => onChange({ ...value, ...patch } as Trigger);
  return (
    <Group align="flex-end" grow>
      <Select
        label={t('automation.fields.trigger')}
        data={KINDS.map((k) => ({ value: k, label: t(`automation.triggers.${k}`) }))}
        value={value.kind}
        allowDeselect={false}
        onChange={(k) => k && onChange(initial(k))}
        data-testid="trigger-kind"
      />
      {(value.kind === 'record_created' || value.kind === 'field_changed') && (
        <Select
          label={t('automation.fields.entity')}
          data={entities}
          value={value.entity}
          allowDeselect={false}
          onChange={(e) => e && set({ entity: e })}
        />
      )}
      {value.kind === 'field_changed' && (
        <>
          <TextInput
            label={t('automation.fields.field')}
            value={value.field}
            onChange={(e) => set({ field: e.currentTarget.value })}
          />
          <TextInput
            label={t('automation.fields.becomes')}
            value={value.value ?? ''}
            onChange={(e) => set({ value: e.currentTarget.value || undefined })}
          />
        </>
      )}
      {value.kind === 'stage_entered' && (
        <TextInput
          label={t('automation.fields.stageId')}
          value={value.stageId}
          onChange={(e) => set({ stageId: e.currentTarget.value })}
        />
      )}
      {value.kind === 'date_reached' && (
        <>
          <TextInput
            label={t('automation.fields.dateField')}
            value={value.field}
            onChange={(e) => set({ field: e.currentTarget.value })}
          />
          <NumberInput
            label={t('automation.fields.daysBefore')}
            min={0}
            value={-value.offsetDays}
            onChange={(n) => set({ offsetDays: -Number(n || 0) })}
          />
          <TextInput
            label={t('automation.fields.at')}
            value={value.at}
            onChange={(e) => set({ at: e.currentTarget.value })}
          />
        </>
      )}
    </Group>
  );
}
