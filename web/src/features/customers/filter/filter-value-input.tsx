import { Group, MultiSelect, NumberInput, Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/date-field.js';
import { majorToMinor, minorToMajor, useDecimalInput } from '../../sales/money.js';
import { LIST_OPS, type ListField, NO_VALUE_OPS, RELATIVE_OPS, TIME_UNITS } from './filter-model.js';

interface Props {
  field: ListField;
  op: string;
  value: unknown;
  onChange: (value: unknown) => void;
}

/** The value editor a condition needs: by the field's type and the chosen operator. */
export function FilterValueInput({ field, op, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = t('filter.value');
  if (NO_VALUE_OPS.has(op)) return null;
  if (RELATIVE_OPS.has(op)) {
    const rel = (value as { amount: number; unit: string } | undefined) ?? { amount: 30, unit: 'day' };
    return (
      <Group gap={4} wrap="nowrap">
        <NumberInput
          aria-label={t('filter.amount')}
          w={80}
          min={1}
          value={rel.amount}
          onChange={(v) => onChange({ ...rel, amount: Number(v) || 0 })}
        />
        <Select
          aria-label={t('filter.unit')}
          w={110}
          allowDeselect={false}
          value={rel.unit}
          data={TIME_UNITS.map((u) => ({ value: u, label: t(`filter.units.${u}`) }))}
          onChange={(v) => v && onChange({ ...rel, unit: v })}
        />
      </Group>
    );
  }
  if (op === 'between') {
    const pair = Array.isArray(value) ? value : [null, null];
    return (
      <Group gap={4} wrap="nowrap">
        <Single
          field={field}
          label={t('filter.from')}
          value={pair[0]}
          onChange={(v) => onChange([v, pair[1]])}
        />
        <Single
          field={field}
          label={t('filter.to')}
          value={pair[1]}
          onChange={(v) => onChange([pair[0], v])}
        />
      </Group>
    );
  }
  if (LIST_OPS.has(op) || field.type === 'multiselect') {
    const list = Array.isArray(value) ? (value as string[]) : [];
    // Fields with options (selects, users) pick among their labels; free text is typed.
    if (field.options)
      return (
        <MultiSelect
          aria-label={label}
          w={260}
          searchable
          data={field.options.map((o) => ({ value: o.value, label: o.label }))}
          value={list}
          onChange={onChange}
        />
      );
    return (
      <TagsInput
        aria-label={label}
        w={260}
        value={list}
        onChange={onChange}
        placeholder={t('filter.valuesHint')}
      />
    );
  }
  return <Single field={field} label={label} value={value} onChange={onChange} />;
}

function Single({
  field,
  label,
  value,
  onChange,
}: {
  field: ListField;
  label: string;
  value: unknown;
  onChange: (v: unknown) => void;
}) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  switch (field.type) {
    case 'number':
      return (
        <NumberInput
          aria-label={label}
          w={140}
          value={(value as number | null) ?? ''}
          onChange={(v) => onChange(v === '' ? null : Number(v))}
        />
      );
    case 'money':
      // Typed in euros (or the deal's currency), kept in the filter in minor units as the API wants.
      return (
        <NumberInput
          aria-label={label}
          w={140}
          decimalScale={2}
          {...decimal}
          value={typeof value === 'number' ? minorToMajor(value) : ''}
          onChange={(v) => onChange(v === '' ? null : majorToMinor(Number(v)))}
        />
      );
    case 'date':
    case 'datetime':
      return <DateField aria-label={label} w={160} value={value as string | null} onChange={onChange} />;
    case 'boolean':
      return (
        <Select
          aria-label={label}
          w={110}
          allowDeselect={false}
          value={value === false ? 'false' : 'true'}
          data={[
            { value: 'true', label: t('common.yes') },
            { value: 'false', label: t('common.no') },
          ]}
          onChange={(v) => onChange(v === 'true')}
        />
      );
    case 'select':
    case 'user':
      return (
        <Select
          aria-label={label}
          w={200}
          searchable
          data={(field.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
          value={(value as string) || null}
          onChange={(v) => onChange(v ?? '')}
        />
      );
    default:
      return (
        <TextInput
          aria-label={label}
          w={200}
          value={String(value ?? '')}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }
}
