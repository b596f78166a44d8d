import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format.js';
import { SortHeaders } from '../../shared/list/sort-button.js';
import type { Company } from '../customers/customers.types.js';

export const COMPANY_COLUMNS = ['name', 'domain', 'industry', 'city', 'createdAt'];

interface Props {
  rows: Company[];
  sort: string;
  onSort: (sort: string) => void;
}

/** Companies as a table; a header click sorts by that column, a second click reverses. */
export function CompaniesTable({ rows, sort, onSort }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="companies-table">
        <SortHeaders
          columns={COMPANY_COLUMNS.map((c) => ({ name: c, label: t(`companies.fields.${c}`) }))}
          sort={sort}
          onSort={onSort}
        />
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                {/* A long legal name is cut with "…" (cells do not wrap), the full name on hover. */}
                <Anchor
                  component={Link}
                  to={`/customers/companies/${c.id}`}
                  fw={500}
                  truncate="end"
                  maw={320}
                  display="block"
                  title={c.name}
                >
                  {c.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.domain ?? '—'}</Table.Td>
              <Table.Td>{c.industry ?? '—'}</Table.Td>
              <Table.Td>{c.address?.city ?? '—'}</Table.Td>
              <Table.Td>{fmt.date(c.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
