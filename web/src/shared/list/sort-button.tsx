import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';

/** A column header that sorts the list by `name` (`sort` as the list convention writes it); a second click reverses. */
export function SortButton(props: {
  label: string;
  name: string;
  sort: string;
  onSort: (sort: string) => void;
  testId?: string;
}) {
  const dir = props.sort === props.name ? 'asc' : props.sort === `-${props.name}` ? 'desc' : null;
  return (
    <UnstyledButton
      fw={600}
      fz="sm"
      onClick={() => props.onSort(dir === 'asc' ? `-${props.name}` : props.name)}
      data-testid={props.testId ?? `sort-${props.name}`}
    >
      {props.label} {dir === 'asc' && <IconArrowUp size={12} />}
      {dir === 'desc' && <IconArrowDown size={12} />}
    </UnstyledButton>
  );
}
