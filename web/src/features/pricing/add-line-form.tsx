import { Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/page-states.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { useDecimalInput, useMoney } from '../sales/money.js';
import { type LineDraft, lineBody } from './line-body.js';
import { lineTotals, priceFor, pricingApi, usePriceLists, usePrices } from './pricing.api.js';
import { ProductPicker } from './product-picker.js';

interface Props {
  deal: { id: string; currency: string };
  /** `deals:override_prices`: without it a listed price is read-only and there is no discount. */
  canOverride: boolean;
  onAdded: () => void;
}

/**
 * A new line: a catalogue product (product + price list → the unit price is filled from the list) or
 * free text (a service with its own name, unit and price). Quantity and discount update the total live.
 */
export function AddLineForm({ deal, canOverride, onAdded }: Props) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  const money = useMoney();
  const lists = usePriceLists();
  const options = (lists.data ?? [])
    .filter((l) => l.active && l.currency === deal.currency)
    .map((l) => ({ value: l.id, label: `${l.name} · ${t(`pricing.kinds.${l.kind}`)}` }));
  const [kind, setKind] = useState<LineDraft['kind']>('product');
  const [productId, setProductId] = useState<string | null>(null);
  const [priceListId, setPriceListId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [unitPrice, setUnitPrice] = useState<number | string>('');
  const [edited, setEdited] = useState(false);
  const [discountKind, setDiscountKind] = useState<'percent' | 'amount'>('percent');
  const [discount, setDiscount] = useState<number | string>('');
  const [unitCost, setUnitCost] = useState<number | string>('');
  const text = kind === 'text';
  const prices = usePrices(text ? null : priceListId);
  const qty = Number(quantity) || 0;
  const listPrice = !text && productId && prices.data ? priceFor(prices.data, productId, qty) : null;
  // The list's price fills the field until the user types their own (free text has no list);
  // without the override permission a listed price is the list's, whatever was typed before.
  const locked = !text && !canOverride && !!priceListId;
  const followsList = !text && (!edited || locked);
  useEffect(() => {
    if (followsList) setUnitPrice(listPrice == null ? '' : listPrice / 100);
  }, [listPrice, followsList]);
  const cents = unitPrice === '' ? null : Math.round(Number(unitPrice) * 100);
  const draft: LineDraft = {
    kind,
    productId,
    priceListId,
    name,
    unit,
    quantity: qty,
    unitPrice: cents,
    priceEdited: edited,
    canOverride,
    discountKind,
    discount: discount === '' ? null : Number(discount),
    unitCost: unitCost === '' ? null : Math.round(Number(unitCost) * 100),
  };
  const body = lineBody(draft);
  const live =
    cents == null ? null : lineTotals(qty, cents, body.discountPercent ?? null, body.discountAmount ?? null);
  const add = useMutation({
    mutationFn: () => pricingApi.addLine(deal.id, body),
    onSuccess: () => {
      setProductId(null);
      setName('');
      setUnit('');
      setQuantity(1);
      if (text) setUnitPrice('');
      setEdited(false);
      setDiscount('');
      setUnitCost('');
      onAdded();
    },
  });
  const errors = fieldErrors(add.error);
  // Said as soon as the list is picked, not after "Add line": the server refuses a product the list
  // does not price (at this quantity), whatever price is typed.
  const notInList = !text && !!productId && !!priceListId && !!prices.data && listPrice == null;
  const ready = qty > 0 && (text ? name.trim() !== '' && cents != null : !!productId && !notInList);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate();
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(v) => {
            setKind(v as LineDraft['kind']);
            setEdited(false);
            setUnitPrice('');
            add.reset();
          }}
          data={[
            { value: 'product', label: t('pricing.lines.kindProduct') },
            { value: 'text', label: t('pricing.lines.kindText') },
          ]}
          data-testid="line-kind"
        />
        {text ? (
          <Group grow align="flex-start">
            <TextInput
              label={t('pricing.lines.name')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              data-testid="line-name"
            />
            <TextInput
              label={t('pricing.lines.unit')}
              placeholder={t('pricing.lines.unitPlaceholder')}
              value={unit}
              onChange={(e) => setUnit(e.currentTarget.value)}
              error={errors.unit}
              maw={140}
              data-testid="line-unit"
            />
            <NumberInput
              {...decimal}
              label={t('pricing.lines.unitCostIn', { currency: deal.currency })}
              description={t('pricing.lines.unitCostHint')}
              value={unitCost}
              onChange={setUnitCost}
              min={0}
              decimalScale={2}
              error={errors.unitCost}
              maw={180}
              data-testid="line-unit-cost"
            />
          </Group>
        ) : (
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
              error={errors.priceListId ?? (notInList ? t('pricing.lines.notInList') : undefined)}
              data-testid="line-price-list"
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <NumberInput
            {...decimal}
            label={t('pricing.lines.quantity')}
            value={quantity}
            onChange={setQuantity}
            min={0}
            decimalScale={3}
            error={errors.quantity}
            data-testid="line-quantity"
          />
          <NumberInput
            {...decimal}
            label={t('pricing.lines.unitPriceIn', { currency: deal.currency })}
            value={unitPrice}
            onChange={(v) => {
              setEdited(true);
              setUnitPrice(v);
            }}
            min={0}
            decimalScale={2}
            fixedDecimalScale
            disabled={locked}
            error={errors.unitPrice}
            description={
              locked
                ? t('pricing.lines.fromList')
                : edited && listPrice != null
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
              disabled={!canOverride}
              data={[
                { value: 'percent', label: '%' },
                { value: 'amount', label: deal.currency },
              ]}
            />
            <NumberInput
              {...decimal}
              aria-label={t('pricing.lines.discount')}
              placeholder={t('pricing.lines.discount')}
              value={canOverride ? discount : ''}
              onChange={setDiscount}
              disabled={!canOverride}
              min={0}
              decimalScale={2}
              error={errors.discountPercent ?? errors.discountAmount}
              data-testid="line-discount"
            />
          </Stack>
        </Group>
        {add.error && Object.keys(errors).length === 0 && <ErrorAlert error={add.error} />}
        {!canOverride && (
          <Text size="xs" c="dimmed" data-testid="line-override-note">
            {t('pricing.lines.overrideNeeded')}
          </Text>
        )}
        <Group justify="space-between">
          <Text size="sm" data-testid="line-live-total">
            {live ? `${t('pricing.lines.total')}: ${money(live.total, deal.currency)}` : ''}
          </Text>
          <Button type="submit" size="sm" loading={add.isPending} disabled={!ready} data-testid="line-add">
            {t('pricing.lines.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
