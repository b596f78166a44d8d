import { ActionIcon, Checkbox, Group, Select, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { defaultValue, type ListField, OPERATORS } from './filter-model.js';
import { FilterValueInput } from './filter-value-input.js';

export interface Condition {
  field: string;
  op: string;
  value?: unknown;
}

interface Props {
  condition: Condition;
  fields: ListField[];
  negated: boolean;
  error?: string;
  onChange: (c: Condition) => void;
  onToggleNot: () => void;
  onRemove: () => void;
}

/** One row of the builder: field, operator, value, NOT, and the server's complaint about it if any. */
export function FilterCondition({
  condition,
  fields,
  negated,
  error,
  onChange,
  onToggleNot,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const field = fields.find((f) => f.name === condition.field);
  const fieldLabel = (f: ListField) => f.label ?? t(f.labelKey ?? 'filter.field');
  const standard = fields.filter((f) => !f.name.startsWith('custom.'));
  const custom = fields.filter((f) => f.name.startsWith('custom.'));
  const data = [
    {
      group: t('filter.standardFields'),
      items: standard.map((f) => ({ value: f.name, label: fieldLabel(f) })),
    },
    ...(custom.length
      ? [
          {
            group: t('filter.customFields'),
            items: custom.map((f) => ({ value: f.name, label: fieldLabel(f) })),
          },
        ]
      : []),
  ];
  const ops = field ? OPERATORS[field.type] : [];
  return (
    <Stack gap={2} data-testid="filter-condition">
      <Group gap="xs" wrap="wrap" align="center">
        <Checkbox size="xs" label={t('filter.not')} checked={negated} onChange={onToggleNot} />
        <Select
          aria-label={t('filter.field')}
          w={200}
          searchable
          allowDeselect={false}
          data={data}
          value={condition.field || null}
          error={Boolean(error)}
          onChange={(name) => {
            const next = fields.find((f) => f.name === name);
            if (!next) return;
            const op = OPERATORS[next.type][0]!;
            onChange({ field: next.name, op, value: defaultValue(next.type, op) });
          }}
        />
        {field && (
          <Select
            aria-label={t('filter.operator')}
            w={170}
            allowDeselect={false}
            data={ops.map((o) => ({ value: o, label: t(`filter.ops.${o}`) }))}
            value={condition.op}
            onChange={(op) => op && onChange({ field: field.name, op, value: defaultValue(field.type, op) })}
          />
        )}
        {field && (
          <FilterValueInput
            field={field}
            op={condition.op}
            value={condition.value}
            onChange={(value) => onChange({ ...condition, value })}
          />
        )}
        <ActionIcon variant="subtle" color="gray" aria-label={t('filter.removeCondition')} onClick={onRemove}>
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      {error && (
        <Text size="xs" c="red" data-testid="filter-error">
          {error}
        </Text>
      )}
    </Stack>
  );
}
