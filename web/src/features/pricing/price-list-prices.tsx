import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert } from '../../shared/page-states.js';
import { DeleteAction } from '../../shared/row-actions.js';
import { useCan } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { useDecimalInput, useMoney } from '../sales/money.js';
import { priceListsKey, pricingApi, usePrices } from './pricing.api.js';
import type { PriceList } from './pricing.types.js';
import { ProductPicker } from './product-picker.js';

/** The prices of one list: product, quantity break, unit price; add (or replace) and remove. */
export function PriceListPrices({ list }: { list: PriceList }) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const money = useMoney();
  const prices = usePrices(list.id);
  const [productId, setProductId] = useState<string | null>(null);
  const [unitPrice, setUnitPrice] = useState<number | string>('');
  const [minQuantity, setMinQuantity] = useState<number | string>(1);
  const refresh = () => qc.invalidateQueries({ queryKey: [...priceListsKey, 'prices', list.id] });
  const add = useMutation({
    mutationFn: () =>
      pricingApi.setPrice(list.id, {
        productId: productId ?? '',
        unitPrice: Math.round(Number(unitPrice) * 100),
        minQuantity: Number(minQuantity) || 1,
      }),
    onSuccess: () => {
      setProductId(null);
      setUnitPrice('');
      setMinQuantity(1);
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (priceId: string) => pricingApi.removePrice(list.id, priceId),
    onSuccess: refresh,
    onError: notify.error,
  });
  const errors = fieldErrors(add.error);
  const rows = prices.data ?? [];
  const editable = can('products:update');
  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('pricing.prices.empty')}
        </Text>
      ) : (
        <Table data-testid="prices-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pricing.prices.product')}</Table.Th>
              <Table.Th>{t('pricing.prices.minQuantity')}</Table.Th>
              <Table.Th style={{ textAlign: 'right' }}>{t('pricing.prices.unitPrice')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr key={p.id} data-testid="price-row">
                <Table.Td>
                  {p.sku} · {p.productName}
                </Table.Td>
                <Table.Td>
                  {p.minQuantity}
                  {p.unit ? ` ${p.unit}` : ''}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{money(p.unitPrice, list.currency)}</Table.Td>
                <Table.Td>{editable && <DeleteAction onClick={() => remove.mutate(p.id)} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {/* A refusal no field claims (no right to change prices, a conflict) is shown, not swallowed. */}
      {add.error && Object.keys(errors).length === 0 && <ErrorAlert error={add.error} />}
      {editable && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          <Group align="flex-start" wrap="wrap">
            <div style={{ minWidth: 260, flex: 1 }}>
              <ProductPicker
                label={t('pricing.prices.product')}
                value={productId}
                onChange={setProductId}
                error={errors.productId}
                testId="price-product"
              />
            </div>
            <NumberInput
              {...decimal}
              label={t('pricing.prices.unitPriceIn', { currency: list.currency })}
              value={unitPrice}
              onChange={setUnitPrice}
              min={0}
              decimalScale={2}
              w={200}
              error={errors.unitPrice}
              data-testid="price-unit"
            />
            <NumberInput
              {...decimal}
              label={t('pricing.prices.minQuantity')}
              value={minQuantity}
              onChange={setMinQuantity}
              min={0}
              w={150}
              error={errors.minQuantity}
            />
            <Button
              type="submit"
              mt={24}
              loading={add.isPending}
              disabled={!productId || unitPrice === ''}
              data-testid="price-add"
            >
              {t('pricing.prices.set')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
