import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSourceLabel } from '../../shared/display-names.js';
import { useFormat } from '../../shared/format.js';
import { SortHeaders } from '../../shared/list/sort-button.js';
import { useUserOptions } from '../settings/settings.api.js';
import type { Lead } from './leads.types.js';

const COLUMNS = [
  ['lastName', 'leads.fields.name'],
  ['companyName', 'leads.fields.companyName'],
  ['source', 'leads.fields.source'],
  ['status', 'leads.fields.status'],
  ['score', 'leads.fields.score'],
  ['ownerId', 'leads.fields.owner'],
  ['createdAt', 'leads.fields.createdAt'],
] as const;

export const leadName = (l: Pick<Lead, 'firstName' | 'lastName' | 'email'>) =>
  [l.firstName, l.lastName].filter(Boolean).join(' ') || l.email || '—';

interface Props {
  rows: Lead[];
  sort: string;
  onSort: (sort: string) => void;
  onOpen: (leadId: string) => void;
}

/** Leads as a table; a header click sorts by that column (score is the usual one), again reverses. */
export function LeadsTable({ rows, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const users = useUserOptions();
  // Where the lead came from (exhibition, web form, …) in the user's language, archived sources too.
  const sourceLabel = useSourceLabel();
  const userName = (id: string | null) => users.data?.find((u) => u.id === id)?.name ?? '—';
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table striped highlightOnHover data-testid="leads-table">
        <SortHeaders
          columns={COLUMNS.map(([name, key]) => ({ name, label: t(key) }))}
          sort={sort}
          onSort={onSort}
          descendingFirst
        />
        <Table.Tbody>
          {rows.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor component="button" size="sm" onClick={() => onOpen(l.id)}>
                  {leadName(l)}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'normal', minWidth: 140 }}>{l.companyName ?? '—'}</Table.Td>
              <Table.Td data-testid="lead-source">{l.source ? sourceLabel(l.source) : '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`leads.status.${l.status}`)}</Badge>
              </Table.Td>
              <Table.Td fw={600}>{fmt.number(l.score)}</Table.Td>
              <Table.Td>{userName(l.ownerId)}</Table.Td>
              <Table.Td>{fmt.dateTime(l.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
