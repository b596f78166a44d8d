import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useNotify } from '../../shared/notify.js';
import { RecordPicker } from '../sales/deal/record-picker.js';
import { useMoney } from '../sales/money.js';
import { emptyLine, type OrderDraft, orderBody, orderTotal } from './order-draft.js';
import { OrderLinesEditor } from './order-lines-editor.js';
import { ORDER_CHANNELS, ORDER_STATUSES, type Order, ordersApi } from './orders.api.js';

/** Problem paths → form keys: `body.lines.2.quantity` → `lines.2`, `body.currency` → `currency`. */
function orderErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of err.errors) {
    const parts = e.path.replace(/^body\./, '').split('.');
    const key = parts[0] === 'lines' && parts[1] !== undefined ? `lines.${parts[1]}` : parts[0]!;
    out[key] ??= parts[0] === 'lines' && parts[2] ? `${parts[2]}: ${e.message}` : e.message;
  }
  return out;
}

/** New order for a person and/or company: lines from the catalogue, currency, channel, store, status. */
export function OrderFormModal({ personId, onClose }: { personId?: string; onClose: (o?: Order) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const money = useMoney();
  const [draft, setDraft] = useState<OrderDraft>({
    personId: personId ?? null,
    companyId: null,
    currency: 'EUR',
    channel: null,
    externalId: '',
    storeId: '',
    location: '',
    status: 'placed',
    lines: [emptyLine()],
  });
  const set = (patch: Partial<OrderDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const create = useMutation({
    mutationFn: () => ordersApi.create(orderBody(draft)),
    onSuccess: (order) => {
      notify.success(t('orders.created'));
      void qc.invalidateQueries({ queryKey: ['orders'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      onClose(order);
    },
    onError: (err) => {
      if (Object.keys(orderErrors(err)).length === 0) notify.error(err);
    },
  });
  const errors = orderErrors(create.error);
  const body = orderBody(draft);
  const noCustomer = !draft.personId && !draft.companyId;
  const validCurrency = /^[A-Z]{3}$/.test(body.currency);
  return (
    <Modal opened onClose={() => onClose()} title={t('orders.new')} size="xl" centered>
      <Stack data-testid="order-form">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RecordPicker
            kind="person"
            label={t('orders.person')}
            value={draft.personId}
            onChange={(id) => set({ personId: id })}
            testId="order-person"
          />
          <RecordPicker
            kind="company"
            label={t('orders.company')}
            value={draft.companyId}
            onChange={(id) => set({ companyId: id })}
            testId="order-company"
          />
        </SimpleGrid>
        {(errors.personId || errors.companyId) && (
          <Text size="sm" c="red">
            {errors.personId ?? errors.companyId}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={t('orders.currency')}
            value={draft.currency}
            maxLength={3}
            onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
            error={errors.currency ?? (!validCurrency ? t('orders.currencyHint') : undefined)}
          />
          <Select
            label={t('orders.status')}
            allowDeselect={false}
            data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
            value={draft.status}
            onChange={(v) => v && set({ status: v })}
          />
          <Select
            label={t('orders.channel')}
            clearable
            data={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))}
            value={draft.channel}
            onChange={(v) => set({ channel: v })}
          />
          <TextInput
            label={t('orders.store')}
            value={draft.storeId}
            maxLength={100}
            onChange={(e) => set({ storeId: e.currentTarget.value })}
            error={errors.storeId}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('orders.externalId')}
            description={t('orders.externalIdHint')}
            value={draft.externalId}
            maxLength={200}
            onChange={(e) => set({ externalId: e.currentTarget.value })}
            error={errors.externalId}
            data-testid="order-external-id"
          />
          <TextInput
            label={t('orders.location')}
            value={draft.location}
            maxLength={500}
            onChange={(e) => set({ location: e.currentTarget.value })}
            error={errors.location}
            data-testid="order-location"
          />
        </SimpleGrid>
        <OrderLinesEditor
          lines={draft.lines}
          currency={body.currency}
          errors={errors}
          onChange={(lines) => set({ lines })}
        />
        {errors.lines && (
          <Text size="sm" c="red">
            {errors.lines}
          </Text>
        )}
        <Group justify="space-between">
          <Text fw={600} data-testid="order-total">
            {t('orders.total')}: {validCurrency ? money(orderTotal(draft.lines), body.currency) : '—'}
          </Text>
          <Group>
            <Button variant="default" onClick={() => onClose()}>
              {t('common.cancel')}
            </Button>
            <Button
              onClick={() => create.mutate()}
              loading={create.isPending}
              disabled={noCustomer || body.lines.length === 0 || !validCurrency}
              data-testid="order-save"
            >
              {t('orders.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
