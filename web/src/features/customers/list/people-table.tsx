import { Anchor, Box, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortButton } from '../../../shared/list/sort-button.js';
import type { Person } from '../customers.types.js';
import type { ListField } from '../filter/filter-model.js';
import { personName } from '../person-name.js';
import { PersonAvatar } from '../photo/person-avatar.js';
import { CellValue } from './cell-value.js';

interface Props {
  rows: Person[];
  columns: string[];
  fields: ListField[];
  sort: string;
  onSort: (sort: string) => void;
}

function cellOf(p: Person, name: string): unknown {
  if (name.startsWith('custom.')) return p.custom?.[name.slice(7)];
  if (name === 'city' || name === 'country') return p.address?.[name];
  return (p as unknown as Record<string, unknown>)[name];
}

// Cells do not wrap (theme): a very long name or email is cut with "…" so that one row cannot push
// the other columns out of sight; the full name shows on hover and on the profile.
const NAME_WIDTH = 280;
const CELL_WIDTH = 260;
const CUT = { overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** The people list; a click on a sortable header sorts by it, a second click reverses. */
export function PeopleTable({ rows, columns, fields, sort, onSort }: Props) {
  const { t } = useTranslation();
  const byName = new Map(fields.map((f) => [f.name, f]));
  const header = (name: string) => {
    const field = byName.get(name);
    const label =
      name === 'name' ? t('people.fields.name') : (field?.label ?? t(field?.labelKey ?? 'filter.field'));
    const sortField = name === 'name' ? 'lastName' : name;
    const sortable = name === 'name' || field?.sortable;
    if (!sortable) return label;
    return <SortButton label={label} name={sortField} sort={sort} onSort={onSort} testId={`sort-${name}`} />;
  };
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="people-table">
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c}>{header(c)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.id} data-testid={`person-row-${p.id}`}>
              {columns.map((c) => (
                <Table.Td key={c}>
                  {c === 'name' ? (
                    <Group gap="xs" wrap="nowrap">
                      <PersonAvatar personId={p.id} name={personName(p)} hasPhoto={p.hasPhoto} />
                      <Anchor
                        component={Link}
                        to={`/customers/people/${p.id}`}
                        fw={500}
                        truncate="end"
                        maw={NAME_WIDTH}
                        title={personName(p)}
                      >
                        {personName(p)}
                      </Anchor>
                    </Group>
                  ) : (
                    <Box maw={CELL_WIDTH} style={CUT}>
                      <CellValue field={byName.get(c)} value={cellOf(p, c)} />
                    </Box>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
