import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/page-states.js';
import type { FilterNode } from '../../customers/customers.types.js';
import { FilterBuilder } from '../../customers/filter/filter-builder.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';
import { leadFields } from '../lead-fields.js';
import { leadsApi, rulesKey, useContactSources } from '../leads.api.js';
import type { PayloadCondition } from '../leads.types.js';

const EVENT_TYPES = ['site.page_viewed', 'email.opened', 'email.clicked', 'form.submitted'];
const PAYLOAD_OPS: PayloadCondition['op'][] = ['eq', 'neq', 'contains', 'startsWith'];

/** New scoring rule: a field rule (condition from the filter builder) or an event rule with decay. */
export function RuleEditor({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const sources = useContactSources();
  const fields = useMemo(
    () => leadFields((s) => t(`leads.status.${s}`), sources.data ?? []),
    [t, sources.data],
  );
  const [kind, setKind] = useState<'field' | 'event'>('field');
  const [name, setName] = useState('');
  const [points, setPoints] = useState<number>(10);
  const [condition, setCondition] = useState<FilterNode | null>(null);
  const [eventType, setEventType] = useState<string | null>('site.page_viewed');
  const [payload, setPayload] = useState<PayloadCondition>({ path: '', op: 'eq', value: '' });
  const [halfLife, setHalfLife] = useState<number | string>(14);
  const create = useMutation({
    mutationFn: () =>
      leadsApi.createRule(
        kind === 'field'
          ? { kind, name, points, condition: condition ?? { and: [] } }
          : {
              kind,
              name,
              points,
              eventType,
              condition: payload.path ? payload : null,
              halfLifeDays: Number(halfLife) || null,
            },
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: rulesKey });
      onDone();
    },
  });
  const errors = fieldErrors(create.error);
  return (
    <Stack data-testid="rule-editor">
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as 'field' | 'event')}
        data={[
          { value: 'field', label: t('leads.rules.kind.field') },
          { value: 'event', label: t('leads.rules.kind.event') },
        ]}
      />
      <Group grow>
        <TextInput
          label={t('leads.rules.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
          required
        />
        <NumberInput
          label={t('leads.rules.points')}
          value={points}
          onChange={(v) => setPoints(Number(v) || 0)}
          error={errors.points}
        />
      </Group>
      {kind === 'field' ? (
        <>
          <Text size="sm">{t('leads.rules.when')}</Text>
          <FilterBuilder fields={fields} applied={condition} errors={{}} onApply={setCondition} />
          {condition && (
            <Text size="xs" c="dimmed">
              {JSON.stringify(condition)}
            </Text>
          )}
        </>
      ) : (
        <>
          <Group grow>
            <Select
              label={t('leads.rules.eventType')}
              data={EVENT_TYPES}
              value={eventType}
              onChange={setEventType}
              searchable
              error={errors.eventType}
            />
            <NumberInput label={t('leads.rules.halfLife')} value={halfLife} onChange={setHalfLife} min={1} />
          </Group>
          <Group grow>
            <TextInput
              label={t('leads.rules.payloadPath')}
              placeholder="path"
              value={payload.path}
              onChange={(e) => setPayload({ ...payload, path: e.currentTarget.value })}
            />
            <Select
              label={t('leads.rules.op')}
              data={PAYLOAD_OPS.map((op) => ({ value: op, label: t(`filter.ops.${op}`) }))}
              value={payload.op}
              onChange={(v) => v && setPayload({ ...payload, op: v as PayloadCondition['op'] })}
              allowDeselect={false}
            />
            <TextInput
              label={t('leads.rules.value')}
              placeholder="/pricing"
              value={payload.value}
              onChange={(e) => setPayload({ ...payload, value: e.currentTarget.value })}
            />
          </Group>
        </>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button loading={create.isPending} onClick={() => create.mutate()} data-testid="rule-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
