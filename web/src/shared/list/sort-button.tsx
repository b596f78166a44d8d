import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';

interface SortProps {
  sort: string;
  onSort: (sort: string) => void;
  /** The first click sorts descending (for columns read best-first, like a lead's score). */
  descendingFirst?: boolean;
}

/** A column header that sorts the list by `name` (`sort` as the list convention writes it); a second click reverses. */
export function SortButton(props: SortProps & { label: string; name: string; testId?: string }) {
  const dir = props.sort === props.name ? 'asc' : props.sort === `-${props.name}` ? 'desc' : null;
  // A click sorts the column its first way; another click while it is sorted that way reverses.
  const first = props.descendingFirst ? 'desc' : 'asc';
  const nextDir = dir !== first ? first : first === 'asc' ? 'desc' : 'asc';
  return (
    <UnstyledButton
      fw={600}
      fz="sm"
      onClick={() => props.onSort(nextDir === 'desc' ? `-${props.name}` : props.name)}
      data-testid={props.testId ?? `sort-${props.name}`}
    >
      {props.label} {dir === 'asc' && <IconArrowUp size={12} />}
      {dir === 'desc' && <IconArrowDown size={12} />}
    </UnstyledButton>
  );
}

export interface SortColumn {
  /** The sort key the list endpoint takes. */
  name: string;
  label: string;
  /** False for a column the server cannot sort by (its title shows as plain text). */
  sortable?: boolean;
}

/** A table's header row: one sort button per column. */
export function SortHeaders({ columns, ...sort }: SortProps & { columns: readonly SortColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((c) => (
          <Table.Th key={c.name}>
            {c.sortable === false ? c.label : <SortButton label={c.label} name={c.name} {...sort} />}
          </Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
