import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../customers.api.js';
import type { FieldEntity } from '../customers.types.js';
import type { ListField } from '../filter/filter-model.js';
import { useListFields } from '../filter/use-list-fields.js';
import { CellValue } from '../list/cell-value.js';
import { CustomFieldInput } from './custom-field-input.js';
import { InlineField } from './inline-field.js';

const NO_STANDARD: ListField[] = [];

interface Props {
  entity: FieldEntity;
  values: Record<string, unknown>;
  canEdit: boolean;
  save: (body: { custom: Record<string, unknown> }) => Promise<unknown>;
}

/** Every active custom field of the entity, shown by type and editable in place. */
export function CustomFieldsSection({ entity, values, canEdit, save }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const defs = useFields(entity).data ?? [];
  // The same fields as list columns: option labels in the user's language, users by name.
  const listFields = useListFields(entity, NO_STANDARD);
  if (defs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('fields.noneYet')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" data-testid="custom-fields">
      {defs.map((def) => (
        <InlineField<unknown>
          key={def.key}
          testId={`custom-${def.key}`}
          label={fieldLabel(def, lang)}
          value={values[def.key] ?? null}
          display={
            <CellValue
              field={listFields.find((f) => f.name === `custom.${def.key}`)}
              value={values[def.key]}
            />
          }
          canEdit={canEdit}
          editor={(v, set) => <CustomFieldInput def={def} value={v} onChange={set} bare />}
          onSave={(v) => save({ custom: { [def.key]: v } })}
        />
      ))}
    </SimpleGrid>
  );
}
