import { Table, type TableProps, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryView } from './query-view.js';

interface Props<T> extends Omit<TableProps, 'children'> {
  rows: T[];
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  emptyTestId?: string;
  /** The column titles; an empty string for the row actions column. */
  headers: ReactNode[];
  /** Narrower than this, the table scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  /** One `<Table.Tr>` (with its key) per row. */
  children: (row: T) => ReactNode;
}

/**
 * A striped table of rows with a header line, or the empty text when there are none: the body of the
 * settings pages (teams, API keys, rules, fields, outbox). Other props go to Mantine's `Table`.
 *
 * @example
 * <RowsTable rows={teams} empty={t('teams.empty')} headers={[t('teams.fields.name'), '']}>
 *   {(team) => <Table.Tr key={team.id}>…</Table.Tr>}
 * </RowsTable>
 */
export function RowsTable<T>({ rows, empty, emptyTestId, headers, minWidth, children, ...table }: Props<T>) {
  if (rows.length === 0) {
    return (
      <Text c="dimmed" data-testid={emptyTestId}>
        {empty}
      </Text>
    );
  }
  const content = (
    <Table striped {...table}>
      <Table.Thead>
        <Table.Tr>
          {headers.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed; titles may repeat or be empty
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{rows.map((row) => children(row))}</Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{content}</Table.ScrollContainer> : content;
}

/** `RowsTable` over a query's rows, after the query's loading, 403 and error states (`QueryView`). */
export function QueryRowsTable<T>({
  query,
  ...table
}: Omit<Props<T>, 'rows'> & { query: UseQueryResult<T[]> }) {
  return <QueryView query={query}>{(rows) => <RowsTable rows={rows} {...table} />}</QueryView>;
}
