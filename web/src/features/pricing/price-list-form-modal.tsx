import { Button, Group, Modal, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/date-field.js';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert } from '../../shared/page-states.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { priceListsKey, pricingApi } from './pricing.api.js';
import { PRICE_LIST_KINDS, type PriceList, type PriceListInput } from './pricing.types.js';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'RUB', 'PLN', 'SEK', 'NOK', 'DKK', 'CHF'];

/** Creates (list = null) or edits a price list: name, kind, currency, validity, active. */
export function PriceListFormModal({ list, onClose }: { list: PriceList | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [draft, setDraft] = useState<PriceListInput>({
    name: list?.name ?? '',
    kind: list?.kind ?? 'retail',
    currency: list?.currency ?? 'EUR',
    validFrom: list?.validFrom ?? null,
    validTo: list?.validTo ?? null,
    active: list?.active ?? true,
  });
  const save = useMutation({
    mutationFn: () => (list ? pricingApi.updatePriceList(list.id, draft) : pricingApi.createPriceList(draft)),
    onSuccess: () => {
      notify.success(t('pricing.lists.saved'));
      onClose();
      return qc.invalidateQueries({ queryKey: priceListsKey });
    },
  });
  const errors = fieldErrors(save.error);
  const set = <K extends keyof PriceListInput>(k: K, v: PriceListInput[K]) =>
    setDraft((d) => ({ ...d, [k]: v }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={list ? t('pricing.lists.edit') : t('pricing.lists.create')}
      centered
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack>
          <TextInput
            label={t('pricing.lists.name')}
            required
            value={draft.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
            data-autofocus
            data-testid="price-list-name"
          />
          <Group grow>
            <Select
              label={t('pricing.lists.kind')}
              data={PRICE_LIST_KINDS.map((k) => ({ value: k, label: t(`pricing.kinds.${k}`) }))}
              value={draft.kind}
              allowDeselect={false}
              onChange={(v) => v && set('kind', v as PriceListInput['kind'])}
              error={errors.kind}
            />
            <Select
              label={t('pricing.lists.currency')}
              data={CURRENCIES}
              value={draft.currency}
              allowDeselect={false}
              searchable
              onChange={(v) => v && set('currency', v)}
              error={errors.currency}
              data-testid="price-list-currency"
            />
          </Group>
          <Group grow>
            <DateField
              clearable
              label={t('pricing.lists.validFrom')}
              value={draft.validFrom}
              onChange={(v) => set('validFrom', v || null)}
              error={errors.validFrom}
            />
            <DateField
              clearable
              label={t('pricing.lists.validTo')}
              value={draft.validTo}
              onChange={(v) => set('validTo', v || null)}
              error={errors.validTo}
            />
          </Group>
          <Switch
            label={t('pricing.lists.active')}
            checked={draft.active}
            onChange={(e) => set('active', e.currentTarget.checked)}
            error={errors.active}
          />
          {save.error && !Object.keys(errors).length && <ErrorAlert error={save.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="price-list-save">
              {list ? t('common.save') : t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
