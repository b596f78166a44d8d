import { ActionIcon, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../shared/create-button.js';
import { useFormat } from '../../shared/format.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan } from '../auth/use-session.js';
import { PriceListFormModal } from './price-list-form-modal.js';
import { PriceListPrices } from './price-list-prices.js';
import { usePriceLists } from './pricing.api.js';
import type { PriceList } from './pricing.types.js';

/** Sales → Price lists: the lists (kind, currency, validity) and the prices of the selected one. */
export function PriceListsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const lists = usePriceLists();
  const [editing, setEditing] = useState<PriceList | 'new' | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const rows = lists.data ?? [];
  const selected = rows.find((l) => l.id === selectedId) ?? null;
  const period = (l: PriceList) =>
    l.validFrom || l.validTo
      ? `${l.validFrom ? fmt.date(l.validFrom) : '…'} – ${l.validTo ? fmt.date(l.validTo) : '…'}`
      : t('pricing.lists.always');
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Text c="dimmed" size="sm" maw={640}>
          {t('pricing.lists.help')}
        </Text>
        {can('products:create') && (
          <CreateButton
            label={t('pricing.lists.create')}
            onClick={() => setEditing('new')}
            testId="price-list-create"
          />
        )}
      </Group>
      {lists.isPending ? (
        <PageLoader />
      ) : lists.isError ? (
        <ErrorAlert error={lists.error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" data-testid="price-lists-empty">
          {t('pricing.lists.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover data-testid="price-lists-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('pricing.lists.name')}</Table.Th>
                <Table.Th>{t('pricing.lists.kind')}</Table.Th>
                <Table.Th>{t('pricing.lists.currency')}</Table.Th>
                <Table.Th>{t('pricing.lists.validity')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((l) => (
                <Table.Tr
                  key={l.id}
                  onClick={() => setSelectedId(l.id)}
                  style={{ cursor: 'pointer' }}
                  bg={l.id === selectedId ? 'var(--mantine-color-blue-light)' : undefined}
                  data-testid="price-list-row"
                >
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td>{t(`pricing.kinds.${l.kind}`)}</Table.Td>
                  <Table.Td>{l.currency}</Table.Td>
                  <Table.Td>{period(l)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {!l.active && <Badge color="gray">{t('pricing.lists.inactive')}</Badge>}
                      {can('products:update') && (
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('common.edit')}
                          onClick={(e) => {
                            e.stopPropagation();
                            setEditing(l);
                          }}
                        >
                          <IconEdit size={16} />
                        </ActionIcon>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {/* Prices are set per list below it; without this a new list looked like a dead end. */}
      {!selected && rows.length > 0 && (
        <Text c="dimmed" size="sm" data-testid="price-list-pick">
          {t('pricing.prices.pick')}
        </Text>
      )}
      {selected && (
        <Stack gap="xs">
          <Title order={4}>{t('pricing.prices.title', { name: selected.name })}</Title>
          <PriceListPrices list={selected} />
        </Stack>
      )}
      {editing && (
        <PriceListFormModal list={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
