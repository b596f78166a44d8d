import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { SortHeaders } from '../../../shared/list/sort-button.js';
import { CustomerLinks } from '../../customers/customer-links.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { useMoney } from '../money.js';
import { useLabel } from '../sales.api.js';
import type { Deal, Stage } from '../sales.types.js';

interface Props {
  rows: Deal[];
  stages: Stage[];
  sort: string;
  onSort: (sort: string) => void;
  onOpen: (dealId: string) => void;
}

const COLUMNS = [
  ['title', 'sales.fields.title'],
  ['customer', 'sales.fields.customer'],
  ['stageId', 'sales.fields.stage'],
  ['amount', 'sales.fields.amount'],
  ['expectedCloseDate', 'sales.fields.expectedCloseDate'],
  ['ownerId', 'sales.fields.owner'],
  ['createdAt', 'sales.fields.createdAt'],
] as const;

/** Cells of words that may wrap (the theme keeps table cells on one line): title, customer, stage. */
const WRAP = { whiteSpace: 'normal', minWidth: 140 } as const;

/** Deals as a table; a header click sorts by that column (not the customer, a name from two tables). */
export function DealsTable({ rows, stages, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = useMoney();
  const label = useLabel();
  const users = useUserOptions();
  const userName = (id: string | null) => users.data?.find((u) => u.id === id)?.name ?? '—';
  const stageName = (id: string) => {
    const s = stages.find((x) => x.id === id);
    return s ? label(s) : '—';
  };
  // Native overflow: columns wrap to the page width first and scroll only below 860 px; the page
  // itself never grows wider than the window (long Russian stage names, two-part customers).
  return (
    <Table.ScrollContainer minWidth={860} type="native" data-testid="deals-table-scroll">
      <Table striped highlightOnHover data-testid="deals-table">
        <SortHeaders
          columns={COLUMNS.map(([name, key]) => ({ name, label: t(key), sortable: name !== 'customer' }))}
          sort={sort}
          onSort={onSort}
        />
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td style={WRAP}>
                <Anchor component="button" onClick={() => onOpen(d.id)} size="sm" ta="left">
                  {d.title}
                </Anchor>
              </Table.Td>
              <Table.Td style={WRAP}>
                <CustomerLinks customer={d} />
              </Table.Td>
              <Table.Td style={WRAP}>{stageName(d.stageId)}</Table.Td>
              <Table.Td>{money(d.amount, d.currency)}</Table.Td>
              <Table.Td>{fmt.date(d.expectedCloseDate)}</Table.Td>
              <Table.Td>{userName(d.ownerId)}</Table.Td>
              <Table.Td>{fmt.date(d.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
