import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../shared/page-states.js';
import type { FilterNode } from '../../customers/customers.types.js';
import { FilterBuilder } from '../../customers/filter/filter-builder.js';
import { nodePathOf } from '../../customers/filter/filter-model.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';
import { leadFields } from '../lead-fields.js';
import { formsKey, leadsApi, rulesKey, useContactSources } from '../leads.api.js';
import type { PayloadCondition, ScoringRule } from '../leads.types.js';
import { EVENT_TYPES, eventTypeLabel, PAYLOAD_PATHS } from './describe-rule.js';

const PAYLOAD_OPS: PayloadCondition['op'][] = ['eq', 'neq', 'contains', 'startsWith'];

/** The server names condition problems `condition.and[0].value`; the builder tags nodes `and[0]`. */
function conditionErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith('condition.')) out[nodePathOf(`filter${path.slice('condition'.length)}`)] = message;
  }
  return out;
}

/** Problems the editor shows next to their input; anything else goes to the alert. */
const shown = (path: string) =>
  ['name', 'points', 'eventType', 'condition'].includes(path) || path.startsWith('condition.');

/**
 * New or edited scoring rule: a field rule (the condition is what the filter builder shows, no
 * separate Apply) or an event rule with decay.
 */
export function RuleEditor({ rule, onDone }: { rule: ScoringRule | null; onDone: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const sources = useContactSources();
  const fields = useMemo(
    () => leadFields((s) => t(`leads.status.${s}`), sources.data ?? []),
    [t, sources.data],
  );
  const [kind, setKind] = useState<'field' | 'event'>(rule?.kind ?? 'field');
  const [name, setName] = useState(rule?.name ?? '');
  const [points, setPoints] = useState<number>(rule?.points ?? 10);
  const [condition, setCondition] = useState<FilterNode | null>(
    rule?.kind === 'field' ? (rule.condition as FilterNode | null) : null,
  );
  const [eventType, setEventType] = useState<string | null>(rule?.eventType ?? 'site.page_viewed');
  const [payload, setPayload] = useState<PayloadCondition>(
    rule?.kind === 'event' && rule.condition
      ? (rule.condition as PayloadCondition)
      : { path: '', op: 'eq', value: '' },
  );
  const forms = useQuery({ queryKey: formsKey, queryFn: leadsApi.forms, select: (r) => r.data });
  const knownPaths = PAYLOAD_PATHS[eventType ?? ''] ?? [];
  // Known event data is picked by name; anything else (custom events) is typed.
  const pickPath = knownPaths.length > 0 && (payload.path === '' || knownPaths.includes(payload.path));
  const [halfLife, setHalfLife] = useState<number | string>(rule?.halfLifeDays ?? 14);
  const save = useMutation({
    mutationFn: () => {
      const body =
        kind === 'field'
          ? { kind, name, points, condition: condition ?? { and: [] }, enabled: rule?.enabled ?? true }
          : {
              kind,
              name,
              points,
              eventType,
              condition: payload.path ? payload : null,
              halfLifeDays: Number(halfLife) || null,
              enabled: rule?.enabled ?? true,
            };
      return rule ? leadsApi.updateRule(rule.id, body) : leadsApi.createRule(body);
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: rulesKey });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const eventTypes = [
    ...EVENT_TYPES,
    ...(eventType && !EVENT_TYPES.some((e) => e === eventType) ? [eventType] : []),
  ];
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
          <FilterBuilder
            fields={fields}
            applied={condition}
            errors={conditionErrors(errors)}
            onApply={setCondition}
            live
          />
          {errors.condition && (
            <Text size="sm" c="red" data-testid="rule-condition-error">
              {t('leads.rules.conditionNeeded')}
            </Text>
          )}
        </>
      ) : (
        <>
          <Group grow>
            <Select
              label={t('leads.rules.eventType')}
              data={eventTypes.map((e) => ({ value: e, label: eventTypeLabel(e, t) }))}
              value={eventType}
              onChange={(v) => {
                setEventType(v);
                setPayload({ path: '', op: 'eq', value: '' });
              }}
              searchable
              error={errors.eventType}
            />
            <NumberInput label={t('leads.rules.halfLife')} value={halfLife} onChange={setHalfLife} min={1} />
          </Group>
          <Group grow>
            {pickPath ? (
              <Select
                label={t('leads.rules.payloadPath')}
                placeholder={t('leads.rules.anyEvent')}
                data={knownPaths.map((p) => ({ value: p, label: t(`leads.rules.payloadPaths.${p}`) }))}
                value={payload.path || null}
                onChange={(v) => setPayload({ ...payload, path: v ?? '', value: '' })}
                clearable
              />
            ) : (
              <TextInput
                label={t('leads.rules.payloadPath')}
                placeholder="path"
                value={payload.path}
                onChange={(e) => setPayload({ ...payload, path: e.currentTarget.value })}
              />
            )}
            <Select
              label={t('leads.rules.op')}
              data={PAYLOAD_OPS.map((op) => ({ value: op, label: t(`filter.ops.${op}`) }))}
              value={payload.op}
              onChange={(v) => v && setPayload({ ...payload, op: v as PayloadCondition['op'] })}
              allowDeselect={false}
            />
            {payload.path === 'formId' ? (
              <Select
                label={t('leads.rules.value')}
                data={(forms.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
                value={payload.value || null}
                onChange={(v) => setPayload({ ...payload, value: v ?? '' })}
                searchable
              />
            ) : (
              <TextInput
                label={t('leads.rules.value')}
                placeholder="/pricing"
                value={payload.value}
                onChange={(e) => setPayload({ ...payload, value: e.currentTarget.value })}
              />
            )}
          </Group>
        </>
      )}
      {save.isError && !Object.keys(errors).some(shown) && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button loading={save.isPending} onClick={() => save.mutate()} data-testid="rule-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
