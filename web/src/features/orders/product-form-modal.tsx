import { Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/form-actions.js';
import { useNotify } from '../../shared/notify.js';
import { showSaveError } from '../customers/person/problem-errors.js';
import { CURRENCIES } from '../sales/deal/deal-form-fields.js';
import { useDecimalInput } from '../sales/money.js';
import { categoryPath } from './categories-modal.js';
import { costText, productCostBody } from './product-cost.js';
import { categoriesKey, type Product, productsApi, productsKey } from './products.api.js';

/**
 * Creates a catalogue product, or edits one: name, SKU (unique: the server names a clash), unit,
 * category, cost price (what one unit costs us, for deal margins) and active.
 */
export function ProductFormModal({ product, onClose }: { product: Product | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const decimal = useDecimalInput();
  const categories = useQuery({ queryKey: categoriesKey, queryFn: productsApi.categories });
  const form = useForm({
    initialValues: {
      name: product?.name ?? '',
      sku: product?.sku ?? '',
      unit: product?.unit ?? '',
      categoryId: product?.categoryId ?? null,
      active: product?.active ?? true,
      costPrice: costText(product?.costPrice, decimal.decimalSeparator),
      costCurrency: product?.costCurrency ?? 'EUR',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      sku: (v) => (v.trim() ? null : t('validation.required')),
      costPrice: (v, all) => (productCostBody(v, all.costCurrency) ? null : t('products.costInvalid')),
    },
  });
  const save = useMutation({
    mutationFn: ({ costPrice, costCurrency, ...v }: typeof form.values) => {
      const body = {
        ...v,
        ...productCostBody(costPrice, costCurrency)!,
        name: v.name.trim(),
        sku: v.sku.trim(),
        unit: v.unit.trim() || null,
      };
      return product ? productsApi.update(product.id, body) : productsApi.create(body);
    },
    onSuccess: () => {
      notify.success(t('products.saved'));
      void qc.invalidateQueries({ queryKey: productsKey });
      onClose();
    },
    onError: (err) => showSaveError(err, form.setErrors, notify.error),
  });
  return (
    <Modal opened onClose={onClose} title={product ? t('products.edit') : t('products.new')} centered>
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))} data-testid="product-form">
        <Stack>
          <TextInput
            label={t('products.name')}
            required
            {...form.getInputProps('name')}
            data-testid="product-name"
          />
          <TextInput
            label={t('products.sku')}
            required
            {...form.getInputProps('sku')}
            data-testid="product-sku"
          />
          <Group grow>
            <TextInput
              label={t('products.unit')}
              placeholder={t('products.unitHint')}
              {...form.getInputProps('unit')}
            />
            <Select
              label={t('products.category')}
              clearable
              searchable
              data={(categories.data?.data ?? []).map((c, _, all) => ({
                value: c.id,
                label: categoryPath(all, c),
              }))}
              nothingFoundMessage={t('products.noCategoriesHint')}
              {...form.getInputProps('categoryId')}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('products.costPrice')}
              description={t('products.costHint')}
              inputMode="decimal"
              {...form.getInputProps('costPrice')}
              data-testid="product-cost-price"
            />
            <Select
              label={t('products.costCurrency')}
              data={CURRENCIES}
              allowDeselect={false}
              {...form.getInputProps('costCurrency')}
              error={form.errors.costCurrency}
            />
          </Group>
          <Switch label={t('products.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.save')}
            loading={save.isPending}
            submitTestId="product-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
