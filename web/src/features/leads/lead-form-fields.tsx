import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../settings/settings.api.js';
import { useContactSources } from './leads.api.js';
import type { LeadInput } from './leads.types.js';

interface Props {
  draft: LeadInput;
  onChange: (draft: LeadInput) => void;
  errors: Record<string, string>;
  /** Shown, not editable: a converted lead, or a user without `leads:update` (no Save button). */
  readOnly?: boolean;
}

const TEXT = ['firstName', 'lastName', 'email', 'phone', 'companyName'] as const;

/** The editable fields of a lead; `errors` are the server's `errors[].path` → message. */
export function LeadFormFields({ draft, onChange, errors, readOnly = false }: Props) {
  const { t } = useTranslation();
  const sources = useContactSources();
  const users = useUserOptions();
  const set = (patch: LeadInput) => onChange({ ...draft, ...patch });
  // Read-only fields look filled, so nobody types into a form that has no Save.
  const shown = readOnly ? ({ readOnly: true, variant: 'filled' } as const) : {};
  return (
    <>
      <SimpleGrid cols={2}>
        {TEXT.map((k) => (
          <TextInput
            key={k}
            label={t(`leads.fields.${k}`)}
            value={draft[k] ?? ''}
            onChange={(e) => set({ [k]: e.currentTarget.value })}
            error={errors[k]}
            data-testid={`lead-${k}`}
            {...shown}
          />
        ))}
        <Select
          label={t('leads.fields.source')}
          data={sources.data ?? []}
          value={draft.source ?? null}
          onChange={(v) => set({ source: v })}
          clearable={!readOnly}
          error={errors.source}
          {...shown}
        />
        <Select
          label={t('leads.fields.owner')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={draft.ownerId ?? null}
          onChange={(v) => set({ ownerId: v })}
          clearable={!readOnly}
          searchable={!readOnly}
          error={errors.ownerId}
          {...shown}
        />
      </SimpleGrid>
      <Textarea
        label={t('leads.fields.interest')}
        value={draft.interest ?? ''}
        onChange={(e) => set({ interest: e.currentTarget.value })}
        error={errors.interest}
        autosize
        minRows={2}
        data-testid="lead-interest"
        {...shown}
      />
    </>
  );
}
