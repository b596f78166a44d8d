import { SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Company } from '../customers/customers.types.js';
import { InlineField } from '../customers/person/inline-field.js';
import type { CompanyInput } from './companies.api.js';

const TEXT_FIELDS = ['name', 'legalName', 'taxId', 'industry', 'size', 'website', 'domain'] as const;

interface Props {
  company: Company;
  canEdit: boolean;
  save: (body: CompanyInput) => Promise<unknown>;
}

/** The standard company fields, each editable in place (the name cannot be emptied). */
export function CompanyFields({ company, canEdit, save }: Props) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {TEXT_FIELDS.map((f) => (
        <InlineField
          key={f}
          testId={f}
          label={t(`companies.fields.${f}`)}
          value={company[f] ?? ''}
          display={company[f] || '—'}
          canEdit={canEdit}
          editor={(v, set) => (
            <TextInput
              aria-label={t(`companies.fields.${f}`)}
              value={v}
              onChange={(e) => set(e.currentTarget.value)}
            />
          )}
          onSave={(v) => save({ [f]: f === 'name' ? v.trim() : v.trim() || null })}
        />
      ))}
      <InlineField
        testId="tags"
        label={t('people.fields.tags')}
        value={company.tags}
        display={company.tags.join(', ') || '—'}
        canEdit={canEdit}
        editor={(v, set) => <TagsInput aria-label={t('people.fields.tags')} value={v} onChange={set} />}
        onSave={(v) => save({ tags: v })}
      />
    </SimpleGrid>
  );
}
