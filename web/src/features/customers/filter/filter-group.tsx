import { Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../customers.types.js';
import { type Condition, FilterCondition } from './filter-condition.js';
import { isGroup, type ListField } from './filter-model.js';

type GroupNode = { and: FilterNode[] } | { or: FilterNode[] };

interface Props {
  node: GroupNode;
  /** JSON path of this node as the server names it (`and[1].or[0]`), '' for the root. */
  path: string;
  fields: ListField[];
  errors: Record<string, string>;
  negated?: boolean;
  onChange: (node: GroupNode) => void;
  onToggleNot?: () => void;
  onRemove?: () => void;
}

const join = (path: string, part: string) => (path ? `${path}.${part}` : part);

/** An AND/OR group with its conditions and nested groups; NOT wraps any child. */
export function FilterGroup({ node, path, fields, errors, negated, onChange, onToggleNot, onRemove }: Props) {
  const { t } = useTranslation();
  const kind = 'and' in node ? 'and' : 'or';
  const children = 'and' in node ? node.and : node.or;
  const set = (next: FilterNode[]) => onChange(kind === 'and' ? { and: next } : { or: next });
  const replace = (i: number, child: FilterNode) => set(children.map((c, j) => (j === i ? child : c)));
  const remove = (i: number) => set(children.filter((_, j) => j !== i));
  const first = fields[0];

  const renderChild = (child: FilterNode, i: number) => {
    const childPath = join(path, `${kind}[${i}]`);
    const isNot = 'not' in child;
    const inner = isNot ? child.not : child;
    const innerPath = isNot ? `${childPath}.not` : childPath;
    const wrap = (n: FilterNode) => replace(i, isNot ? { not: n } : n);
    const toggleNot = () => replace(i, isNot ? inner : { not: inner });
    if (isGroup(inner)) {
      return (
        <FilterGroup
          key={i}
          node={inner}
          path={innerPath}
          fields={fields}
          errors={errors}
          negated={isNot}
          onChange={wrap}
          onToggleNot={toggleNot}
          onRemove={() => remove(i)}
        />
      );
    }
    return (
      <FilterCondition
        key={i}
        condition={inner as Condition}
        fields={fields}
        negated={isNot}
        error={errors[innerPath] ?? errors[childPath]}
        onChange={wrap}
        onToggleNot={toggleNot}
        onRemove={() => remove(i)}
      />
    );
  };

  return (
    <Paper withBorder p="xs" radius="sm" data-testid="filter-group">
      <Stack gap="xs">
        <Group gap="xs">
          {onToggleNot && (
            <Checkbox size="xs" label={t('filter.not')} checked={negated} onChange={onToggleNot} />
          )}
          <SegmentedControl
            size="xs"
            value={kind}
            data={[
              { value: 'and', label: t('filter.and') },
              { value: 'or', label: t('filter.or') },
            ]}
            onChange={(k) => onChange(k === 'and' ? { and: children } : { or: children })}
          />
          <Text size="xs" c="dimmed">
            {t(kind === 'and' ? 'filter.allMatch' : 'filter.anyMatch')}
          </Text>
          {onRemove && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={14} />}
              onClick={onRemove}
            >
              {t('filter.removeGroup')}
            </Button>
          )}
        </Group>
        {errors[path] && (
          <Text size="xs" c="red" data-testid="filter-error">
            {errors[path]}
          </Text>
        )}
        {children.map(renderChild)}
        <Group gap="xs">
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            data-testid="filter-add-condition"
            onClick={() => set([...children, { field: first?.name ?? '', op: 'contains', value: '' }])}
          >
            {t('filter.addCondition')}
          </Button>
          <Button
            size="compact-xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            onClick={() => set([...children, { or: [] }])}
          >
            {t('filter.addGroup')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
