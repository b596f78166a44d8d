import { Alert, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { usePercent } from '../../shared/percent.js';
import { DeleteAction } from '../../shared/row-actions.js';
import { useCan } from '../auth/use-session.js';
import { useMoney } from '../sales/money.js';
import { dealsKey } from '../sales/sales.api.js';
import { AddLineForm } from './add-line-form.js';
import { DealMargin } from './deal-margin.js';
import { pricingApi } from './pricing.api.js';

export const dealLinesKey = (dealId: string) => ['deals', 'lines', dealId] as const;

interface Props {
  /** `amount`: the deal's amount (minor units), which its first line replaces. */
  deal: { id: string; currency: string; amount?: number };
  editable: boolean;
}

/** Line items of a deal: the priced lines with totals, and a form that prices a new line live. */
export function DealLinesEditor({ deal, editable }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const money = useMoney();
  const percent = usePercent();
  const can = useCan();
  const lines = useQuery({ queryKey: dealLinesKey(deal.id), queryFn: () => pricingApi.lines(deal.id) });
  const changed = () => {
    void qc.invalidateQueries({ queryKey: dealsKey });
    void qc.invalidateQueries({ queryKey: ['timeline'] });
  };
  const remove = useMutation({
    mutationFn: (lineId: string) => pricingApi.removeLine(deal.id, lineId),
    onSuccess: changed,
    onError: notify.error,
  });
  const rows = lines.data?.data ?? [];
  const totals = lines.data?.totals;
  // A typed amount gives way to the sum of the lines once there is one: say so before and when it happens.
  const typedAmount = lines.data && rows.length === 0 && deal.amount ? deal.amount : 0;
  const added = () => {
    if (typedAmount)
      notify.success(t('pricing.lines.amountReplaced', { amount: money(typedAmount, deal.currency) }));
    changed();
  };
  return (
    <Stack gap="sm" data-testid="deal-lines">
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('pricing.lines.empty')}
        </Text>
      ) : (
        // Compact: it must fit the deal drawer with every column (total and delete) visible.
        <Table data-testid="deal-lines-table" horizontalSpacing={6} fz="sm" style={{ tableLayout: 'auto' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.lines.item')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pricing.lines.quantity')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pricing.lines.unitPrice')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pricing.lines.discount')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pricing.lines.total')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((l) => (
              <Table.Tr key={l.id} data-testid="deal-line-row">
                <Table.Td>
                  <Text size="sm">{l.name}</Text>
                  {l.sku && (
                    <Text size="xs" c="dimmed">
                      {l.sku}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {l.quantity}
                  {l.unit ? ` ${l.unit}` : ''}
                </Table.Td>
                <Table.Td
                  style={{ textAlign: 'right', whiteSpace: 'nowrap' }}
                  data-testid="deal-line-unit-price"
                >
                  {money(l.unitPrice, deal.currency)}
                  {l.priceOverridden && l.listUnitPrice != null && (
                    <Badge size="xs" color="orange" ml={4} title={money(l.listUnitPrice, deal.currency)}>
                      {t('pricing.lines.overridden')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {l.discount ? `−${money(l.discount, deal.currency)}` : ''}
                  {l.discountPercent != null && (
                    <Text size="xs" c="dimmed">
                      {percent(l.discountPercent / 100, 2)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {money(l.total, deal.currency)}
                </Table.Td>
                <Table.Td>{editable && <DeleteAction onClick={() => remove.mutate(l.id)} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {totals && rows.length > 0 && (
        <Group justify="flex-end" gap="lg">
          {totals.discount > 0 && (
            <Text size="sm" c="dimmed">
              {t('pricing.lines.discount')}: −{money(totals.discount, deal.currency)}
            </Text>
          )}
          <Text fw={600} data-testid="deal-lines-total">
            {t('pricing.lines.total')}: {money(totals.total, deal.currency)}
          </Text>
        </Group>
      )}
      {totals && rows.length > 0 && <DealMargin totals={totals} lines={rows} currency={deal.currency} />}
      {editable && typedAmount > 0 && (
        <Alert color="yellow" variant="light" p="xs" data-testid="deal-lines-amount-warning">
          <Text size="sm">
            {t('pricing.lines.amountWillFollow', { amount: money(typedAmount, deal.currency) })}
          </Text>
        </Alert>
      )}
      {editable && <AddLineForm deal={deal} canOverride={can('deals:override_prices')} onAdded={added} />}
    </Stack>
  );
}
