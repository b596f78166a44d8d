import {
  Badge,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { DeleteAction } from '../../shared/row-actions.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { useMoney } from '../sales/money.js';
import { dealsKey } from '../sales/sales.api.js';
import { lineTotals, priceFor, pricingApi, usePriceLists, usePrices } from './pricing.api.js';
import { ProductPicker } from './product-picker.js';

export const dealLinesKey = (dealId: string) => ['deals', 'lines', dealId] as const;

interface Props {
  deal: { id: string; currency: string };
  editable: boolean;
}

/** Line items of a deal: the priced lines with totals, and a form that prices a new line live. */
export function DealLinesEditor({ deal, editable }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const money = useMoney();
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
  return (
    <Stack gap="sm" data-testid="deal-lines">
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('pricing.lines.empty')}
        </Text>
      ) : (
        <Table data-testid="deal-lines-table">
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
                <Table.Td style={{ textAlign: 'right' }}>
                  {l.quantity}
                  {l.unit ? ` ${l.unit}` : ''}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }} data-testid="deal-line-unit-price">
                  {money(l.unitPrice, deal.currency)}
                  {l.priceOverridden && l.listUnitPrice != null && (
                    <Badge size="xs" color="orange" ml={4} title={money(l.listUnitPrice, deal.currency)}>
                      {t('pricing.lines.overridden')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>
                  {l.discount ? `−${money(l.discount, deal.currency)}` : ''}
                  {l.discountPercent != null ? ` (${l.discountPercent} %)` : ''}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{money(l.total, deal.currency)}</Table.Td>
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
      {editable && <AddLineForm deal={deal} onAdded={changed} />}
    </Stack>
  );
}

/** Product + price list → the unit price is filled from the list; quantity and discount update the total live. */
function AddLineForm({ deal, onAdded }: { deal: Props['deal']; onAdded: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const lists = usePriceLists();
  const options = (lists.data ?? [])
    .filter((l) => l.active && l.currency === deal.currency)
    .map((l) => ({ value: l.id, label: `${l.name} · ${t(`pricing.kinds.${l.kind}`)}` }));
  const [productId, setProductId] = useState<string | null>(null);
  const [priceListId, setPriceListId] = useState<string | null>(null);
  const [quantity, setQuantity] = useState<number | string>(1);
  const [unitPrice, setUnitPrice] = useState<number | string>('');
  const [edited, setEdited] = useState(false);
  const [discountKind, setDiscountKind] = useState<'percent' | 'amount'>('percent');
  const [discount, setDiscount] = useState<number | string>('');
  const prices = usePrices(priceListId);
  const qty = Number(quantity) || 0;
  const listPrice = productId && prices.data ? priceFor(prices.data, productId, qty) : null;
  // The list's price fills the field until the user types their own.
  useEffect(() => {
    if (!edited) setUnitPrice(listPrice == null ? '' : listPrice / 100);
  }, [listPrice, edited]);
  const cents = unitPrice === '' ? null : Math.round(Number(unitPrice) * 100);
  const disc = discount === '' ? null : Number(discount);
  const live =
    cents == null
      ? null
      : lineTotals(
          qty,
          cents,
          discountKind === 'percent' ? disc : null,
          discountKind === 'amount' && disc != null ? Math.round(disc * 100) : null,
        );
  const add = useMutation({
    mutationFn: () =>
      pricingApi.addLine(deal.id, {
        productId: productId ?? '',
        priceListId,
        quantity: qty,
        unitPrice: edited || !priceListId ? cents : undefined,
        discountPercent: discountKind === 'percent' ? disc : null,
        discountAmount: discountKind === 'amount' && disc != null ? Math.round(disc * 100) : null,
      }),
    onSuccess: () => {
      setProductId(null);
      setQuantity(1);
      setEdited(false);
      setDiscount('');
      onAdded();
    },
  });
  const errors = fieldErrors(add.error);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <ProductPicker
            label={t('pricing.lines.product')}
            value={productId}
            onChange={setProductId}
            error={errors.productId}
            testId="line-product"
          />
          <Select
            label={t('pricing.lines.priceList')}
            placeholder={t('pricing.lines.noPriceList')}
            data={options}
            value={priceListId}
            onChange={setPriceListId}
            clearable
            error={errors.priceListId}
            data-testid="line-price-list"
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label={t('pricing.lines.quantity')}
            value={quantity}
            onChange={setQuantity}
            min={0}
            decimalScale={3}
            error={errors.quantity}
            data-testid="line-quantity"
          />
          <NumberInput
            label={t('pricing.lines.unitPriceIn', { currency: deal.currency })}
            value={unitPrice}
            onChange={(v) => {
              setEdited(true);
              setUnitPrice(v);
            }}
            min={0}
            decimalScale={2}
            fixedDecimalScale
            error={errors.unitPrice}
            description={
              edited && listPrice != null
                ? t('pricing.lines.listPrice', { price: money(listPrice, deal.currency) })
                : undefined
            }
            data-testid="line-unit-price"
          />
          <Stack gap={4}>
            <SegmentedControl
              size="xs"
              value={discountKind}
              onChange={(v) => setDiscountKind(v as 'percent' | 'amount')}
              data={[
                { value: 'percent', label: '%' },
                { value: 'amount', label: deal.currency },
              ]}
            />
            <NumberInput
              aria-label={t('pricing.lines.discount')}
              placeholder={t('pricing.lines.discount')}
              value={discount}
              onChange={setDiscount}
              min={0}
              decimalScale={2}
              error={errors.discountPercent ?? errors.discountAmount}
              data-testid="line-discount"
            />
          </Stack>
        </Group>
        <Group justify="space-between">
          <Text size="sm" data-testid="line-live-total">
            {live ? `${t('pricing.lines.total')}: ${money(live.total, deal.currency)}` : ''}
          </Text>
          <Button
            type="submit"
            size="sm"
            loading={add.isPending}
            disabled={!productId || !qty}
            data-testid="line-add"
          >
            {t('pricing.lines.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
