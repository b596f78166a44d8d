import { Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/date-field.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { RecordPicker } from './record-picker.js';

export interface DealDraft {
  title: string;
  amount: string;
  currency: string;
  expectedCloseDate: string;
  personId: string | null;
  companyId: string | null;
  ownerId: string | null;
}

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'SEK', 'NOK', 'PLN'];

interface Props {
  draft: DealDraft;
  onChange: (d: DealDraft) => void;
  /** Field errors from the API by path (`title`, `amount`, …). */
  errors: Record<string, string>;
  /** The deal has line items: amount and currency follow them (read-only here). */
  priced?: boolean;
}

/** The editable fields of a deal, shared by the create modal and the drawer. */
export function DealFormFields({ draft, onChange, errors, priced = false }: Props) {
  const { t } = useTranslation();
  const users = useUserOptions();
  const set = <K extends keyof DealDraft>(k: K, v: DealDraft[K]) => onChange({ ...draft, [k]: v });
  return (
    <>
      <TextInput
        label={t('sales.fields.title')}
        required
        value={draft.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        data-testid="deal-title"
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('sales.fields.amount')}
          inputMode="decimal"
          value={draft.amount}
          onChange={(e) => set('amount', e.currentTarget.value)}
          error={errors.amount}
          readOnly={priced}
          description={priced ? t('pricing.lines.amountFromLines') : undefined}
          data-testid="deal-amount"
        />
        <Select
          label={t('sales.fields.currency')}
          data={CURRENCIES}
          value={draft.currency}
          onChange={(v) => set('currency', v ?? 'EUR')}
          allowDeselect={false}
          disabled={priced}
          error={errors.currency}
        />
      </Group>
      <SimpleGrid cols={2}>
        <DateField
          clearable
          label={t('sales.fields.expectedCloseDate')}
          value={draft.expectedCloseDate}
          onChange={(v) => set('expectedCloseDate', v)}
          error={errors.expectedCloseDate}
          data-testid="deal-close-date"
        />
        <Select
          label={t('sales.fields.owner')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={draft.ownerId}
          onChange={(v) => set('ownerId', v)}
          searchable
          error={errors.ownerId}
        />
      </SimpleGrid>
      <RecordPicker
        kind="person"
        label={t('sales.fields.person')}
        value={draft.personId}
        onChange={(v) => set('personId', v)}
        testId="deal-person"
      />
      <RecordPicker
        kind="company"
        label={t('sales.fields.company')}
        value={draft.companyId}
        onChange={(v) => set('companyId', v)}
        testId="deal-company"
      />
    </>
  );
}
