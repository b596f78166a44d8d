import { Button, Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert } from '../../shared/page-states.js';
import { useCurrentSession } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { useDecimalInput } from '../sales/money.js';
import { useLabel, usePipelines } from '../sales/sales.api.js';
import { useUserOptions } from '../settings/settings.api.js';
import { defaultDealTitle } from './deal-title.js';
import { leadsApi, leadsKey } from './leads.api.js';
import type { Lead } from './leads.types.js';
import { leadName } from './leads-table.js';

/**
 * Convert a lead: owner of the new person and deal (the lead's, else mine), company name, and
 * optionally a deal in a picked pipeline (amount in major units).
 */
export function ConvertDialog({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const decimal = useDecimalInput();
  const qc = useQueryClient();
  const notify = useNotify();
  const label = useLabel();
  const pipelines = usePipelines();
  const me = useCurrentSession().user.id;
  const users = useUserOptions();
  const [ownerId, setOwnerId] = useState<string>(lead.ownerId ?? me);
  const [companyName, setCompanyName] = useState(lead.companyName ?? '');
  const [withDeal, setWithDeal] = useState(true);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [title, setTitle] = useState(defaultDealTitle(lead, leadName(lead)));
  const [amount, setAmount] = useState<number>(0);
  const [currency, setCurrency] = useState('EUR');
  const convert = useMutation({
    mutationFn: () =>
      leadsApi.convert(lead.id, {
        ownerId,
        companyName: companyName.trim() || undefined,
        createDeal: withDeal
          ? { pipelineId: pipelineId ?? undefined, title, amount: Math.round(amount * 100), currency }
          : undefined,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: leadsKey });
      void qc.invalidateQueries({ queryKey: ['deals'] });
      notify.success(t('leads.converted'));
      onClose();
    },
  });
  const errors = fieldErrors(convert.error);
  const defaultPipeline = pipelines.data?.find((p) => p.isDefault)?.id ?? null;
  return (
    <Modal opened onClose={onClose} title={t('leads.convert')} data-testid="lead-convert-dialog">
      <Stack>
        <Select
          label={t('leads.fields.owner')}
          description={t('leads.convertOwnerHint')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={(v) => v && setOwnerId(v)}
          allowDeselect={false}
          searchable
          error={errors.ownerId}
          data-testid="lead-convert-owner"
        />
        <TextInput
          label={t('leads.fields.companyName')}
          value={companyName}
          onChange={(e) => setCompanyName(e.currentTarget.value)}
          error={errors.companyName}
        />
        <Switch
          label={t('leads.createDeal')}
          checked={withDeal}
          onChange={(e) => setWithDeal(e.currentTarget.checked)}
          data-testid="lead-convert-deal"
        />
        {withDeal && (
          <>
            <Select
              label={t('sales.pipeline')}
              data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: label(p) }))}
              value={pipelineId ?? defaultPipeline}
              onChange={setPipelineId}
              allowDeselect={false}
              error={errors['createDeal.pipelineId']}
            />
            <TextInput
              label={t('leads.dealTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors['createDeal.title']}
              required
            />
            <Group grow>
              <NumberInput
                {...decimal}
                label={t('leads.amount')}
                value={amount}
                onChange={(v) => setAmount(Number(v) || 0)}
                min={0}
                decimalScale={2}
              />
              <TextInput
                label={t('leads.currency')}
                value={currency}
                onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
                maxLength={3}
              />
            </Group>
          </>
        )}
        {convert.isError && Object.keys(errors).length === 0 && <ErrorAlert error={convert.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={convert.isPending}
            onClick={() => convert.mutate()}
            data-testid="lead-convert-submit"
          >
            {t('leads.convert')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
