import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../customers.types.js';
import { FilterGroup } from './filter-group.js';
import type { ListField } from './filter-model.js';

type GroupNode = { and: FilterNode[] } | { or: FilterNode[] };

interface Props {
  fields: ListField[];
  applied: FilterNode | null;
  errors: Record<string, string>;
  onApply: (filter: FilterNode | null) => void;
  /**
   * No Apply/Clear buttons: every edit is reported through `onApply` at once (an empty tree as
   * null), for forms where the filter is one field among others and Save takes what is shown.
   */
  live?: boolean;
}

const asGroup = (n: FilterNode | null): GroupNode => {
  if (!n) return { and: [] };
  if ('and' in n || 'or' in n) return n;
  return { and: [n] };
};

/** Edits a draft of the filter tree; Apply sends it to the server, whose errors come back per node. */
export function FilterBuilder({ fields, applied, errors, onApply, live }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<GroupNode>(asGroup(applied));
  useEffect(() => setDraft(asGroup(applied)), [applied]);
  const isEmpty = (g: GroupNode) => ('and' in g ? g.and : g.or).length === 0;
  const empty = isEmpty(draft);
  const change = (next: GroupNode) => {
    setDraft(next);
    if (live) onApply(isEmpty(next) ? null : next);
  };
  return (
    <Stack gap="xs" data-testid="filter-builder">
      <FilterGroup node={draft} path="" fields={fields} errors={errors} onChange={change} />
      {!live && (
        <Group gap="xs">
          <Button size="xs" onClick={() => onApply(empty ? null : draft)} data-testid="filter-apply">
            {t('filter.apply')}
          </Button>
          <Button size="xs" variant="default" onClick={() => onApply(null)} data-testid="filter-clear">
            {t('filter.clear')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
