import { ActionIcon, Button, NumberInput, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useDecimalInput, useMoney } from '../sales/money.js';
import { emptyLine, type LineDraft, lineTotal } from './order-draft.js';
import { ProductPicker } from './product-picker.js';

interface Props {
  lines: LineDraft[];
  currency: string;
  errors: Record<string, string>;
  onChange: (lines: LineDraft[]) => void;
}

/** Order lines: a catalogue product (or a free-text name), quantity, unit price and discount in major units. */
export function OrderLinesEditor({ lines, currency, errors, onChange }: Props) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  const money = useMoney();
  const set = (i: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const validCurrency = /^[A-Z]{3}$/.test(currency);
  return (
    <>
      <Table verticalSpacing={4} data-testid="order-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.product')}</Table.Th>
            <Table.Th w={90}>{t('orders.quantity')}</Table.Th>
            <Table.Th w={110}>{t('orders.unitPrice')}</Table.Th>
            <Table.Th w={100}>{t('orders.discount')}</Table.Th>
            <Table.Th w={110}>{t('orders.total')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l, i) => (
            <Table.Tr key={l.key}>
              <Table.Td>
                <ProductPicker
                  value={l.productId}
                  label={`${l.sku} · ${l.productName}`}
                  onChange={(p) =>
                    set(i, { productId: p?.id ?? null, sku: p?.sku ?? '', productName: p?.name ?? '' })
                  }
                  testId={`order-line-product-${i}`}
                />
                {!l.productId && (
                  <TextInput
                    mt={4}
                    size="xs"
                    placeholder={t('orders.freeName')}
                    aria-label={t('orders.freeName')}
                    value={l.productName}
                    onChange={(e) => set(i, { productName: e.currentTarget.value })}
                  />
                )}
                {errors[`lines.${i}`] && (
                  <Text size="xs" c="red">
                    {errors[`lines.${i}`]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NumberInput
                  {...decimal}
                  aria-label={t('orders.quantity')}
                  value={l.quantity}
                  onChange={(v) => set(i, { quantity: v })}
                  decimalScale={3}
                  data-testid={`order-line-qty-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('orders.unitPrice')}
                  inputMode="decimal"
                  placeholder={`0${decimal.decimalSeparator}00`}
                  value={l.unitPrice}
                  onChange={(e) => set(i, { unitPrice: e.currentTarget.value })}
                  data-testid={`order-line-price-${i}`}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('orders.discount')}
                  inputMode="decimal"
                  placeholder={`0${decimal.decimalSeparator}00`}
                  value={l.discount}
                  onChange={(e) => set(i, { discount: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{validCurrency ? money(lineTotal(l), currency) : lineTotal(l) / 100}</Text>
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('common.delete')}
                  disabled={lines.length === 1}
                  onClick={() => onChange(lines.filter((_, j) => j !== i))}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button
        size="xs"
        variant="light"
        w="fit-content"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...lines, emptyLine()])}
        data-testid="order-add-line"
      >
        {t('orders.addLine')}
      </Button>
    </>
  );
}
