import { Table } from '@mantine/core';

/** The first rows of the file as they are, so the user can see what each column holds. */
export function PreviewTable({ header, rows }: { header: string[]; rows: string[][] }) {
  // Cells have no identity besides their position, so positions are the keys.
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder fz="xs" data-testid="import-preview">
        <Table.Thead>
          <Table.Tr>
            {header.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <Table.Th key={i}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <Table.Tr key={i}>
              {header.map((_, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <Table.Td key={j}>{r[j] ?? ''}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
