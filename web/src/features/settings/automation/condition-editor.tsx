import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../../customers/customers.types.js';
import { FilterGroup } from '../../customers/filter/filter-group.js';
import type { ListField } from '../../customers/filter/filter-model.js';

type GroupNode = { and: FilterNode[] } | { or: FilterNode[] };

/** A stored condition as the builder's root group (a lone condition becomes a one-item AND). */
export function asGroup(n: FilterNode | null | undefined): GroupNode {
  if (!n) return { and: [] };
  if ('and' in n || 'or' in n) return n as GroupNode;
  return { and: [n] };
}

/** The condition to save: an empty group is "no condition". */
export function conditionOf(group: GroupNode): FilterNode | null {
  return ('and' in group ? group.and : group.or).length === 0 ? null : group;
}

/**
 * The rule's "if" part, built with the customer lists' filter builder over the record type's fields.
 * Edited live (no Apply step): the rule's Save sends it, and the server's `condition.*` errors come
 * back under the node they name.
 */
export function ConditionEditor({
  fields,
  value,
  errors,
  onChange,
}: {
  fields: ListField[];
  value: GroupNode;
  errors: Record<string, string>;
  onChange: (g: GroupNode) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid="rule-condition">
      <Text size="sm" fw={500}>
        {t('automation.fields.condition')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('automation.conditionBuilderHint')}
      </Text>
      <FilterGroup node={value} path="" fields={fields} errors={errors} onChange={onChange} />
    </Stack>
  );
}
