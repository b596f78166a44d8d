import { Checkbox, Group, MultiSelect, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, DateTimeField } from '../../../shared/date-field.js';
import { useDecimalInput } from '../../sales/money.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { fieldLabel } from '../customers.api.js';
import type { FieldDefinition } from '../customers.types.js';

interface Props {
  def: FieldDefinition;
  value: unknown;
  error?: string;
  onChange: (value: unknown) => void;
  /** Hide the label (inline editing shows it beside the input). */
  bare?: boolean;
}

/** The input for one custom field, by its type; `null` means "no value". */
export function CustomFieldInput({ def, value, error, onChange, bare }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const label = fieldLabel(def, lang);
  const common = { label: bare ? undefined : label, 'aria-label': label, error, required: def.required };
  const options = def.options.map((o) => ({ value: o.value, label: fieldLabel(o, lang) }));
  const text = (v: string) => onChange(v === '' ? null : v);
  switch (def.type) {
    case 'long_text':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={String(value ?? '')}
          onChange={(e) => text(e.currentTarget.value)}
        />
      );
    case 'number':
      return (
        <NumberInput
          {...common}
          value={(value as number | null) ?? ''}
          onChange={(v) => onChange(v === '' ? null : Number(v))}
        />
      );
    case 'money':
      return <MoneyInput common={common} value={value} onChange={onChange} />;
    case 'date':
      return (
        <DateField {...common} clearable={!def.required} value={value as string | null} onChange={text} />
      );
    case 'datetime':
      return (
        <DateTimeField
          {...common}
          clearable={!def.required}
          value={typeof value === 'number' ? value : null}
          onChange={onChange}
        />
      );
    case 'boolean':
      return (
        <Checkbox
          label={label}
          aria-label={label}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
          error={error}
        />
      );
    case 'select':
      return (
        <Select
          {...common}
          clearable
          data={options}
          value={(value as string) ?? null}
          onChange={(v) => onChange(v)}
        />
      );
    case 'user':
      return <UserSelect common={common} value={value} onChange={onChange} />;
    case 'multi_select':
      return (
        <MultiSelect
          {...common}
          data={options}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
        />
      );
    default:
      return (
        <TextInput {...common} value={String(value ?? '')} onChange={(e) => text(e.currentTarget.value)} />
      );
  }
}

/** A "user" field picks one of the users by name (the stored value is the user's id). */
function UserSelect({
  common,
  value,
  onChange,
}: {
  common: { label?: string; 'aria-label': string; error?: string; required: boolean };
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const users = useUserOptions();
  return (
    <Select
      {...common}
      clearable
      searchable
      data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
      value={(value as string) ?? null}
      onChange={(v) => onChange(v)}
    />
  );
}

type Money = { amount: number; currency: string };

/**
 * Amount (in the user's decimal separator) and currency. The currency is kept while there is no
 * amount yet, so "USD" typed first is not turned back into EUR.
 */
function MoneyInput({
  common,
  value,
  onChange,
}: {
  common: { label?: string; 'aria-label': string; error?: string; required: boolean };
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  const m = (value as Money | null) ?? null;
  const [currency, setCurrency] = useState(m?.currency ?? 'EUR');
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      <NumberInput
        {...common}
        {...decimal}
        decimalScale={2}
        value={m ? m.amount / 100 : ''}
        onChange={(v) => onChange(v === '' ? null : { amount: Math.round(Number(v) * 100), currency })}
      />
      <TextInput
        aria-label={t('fields.currency')}
        w={70}
        maxLength={3}
        value={currency}
        onChange={(e) => {
          const code = e.currentTarget.value.toUpperCase();
          setCurrency(code);
          if (m) onChange({ ...m, currency: code });
        }}
      />
    </Group>
  );
}
