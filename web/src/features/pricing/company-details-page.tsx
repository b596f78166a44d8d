import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { CompanyLogo } from './company-logo.js';
import { pricingApi } from './pricing.api.js';
import type { CompanyDetails } from './pricing.types.js';

const TEXT_FIELDS = [
  'legalName',
  'registrationNumber',
  'taxId',
  'phone',
  'email',
  'website',
  'bankName',
  'iban',
  'swift',
] as const;
type Draft = Omit<CompanyDetails, 'version'>;

/** Settings → Company: the details printed on quotes; admins edit, everyone else reads. */
export function CompanyDetailsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const details = useQuery({ queryKey: ['settings', 'company'], queryFn: pricingApi.companyDetails });
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (details.data) {
      const { version: _v, ...rest } = details.data;
      setDraft(rest);
    }
  }, [details.data]);
  const save = useMutation({
    mutationFn: () => {
      // The logo has its own endpoint.
      const { updatedAt: _u, logo: _l, ...body } = draft as Draft & { updatedAt?: unknown };
      const clean = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, v === '' ? null : v]));
      return pricingApi.saveCompanyDetails(clean);
    },
    onSuccess: (saved) => {
      notify.success(t('pricing.company.saved'));
      qc.setQueryData(['settings', 'company'], saved);
    },
  });
  if (details.isPending || !draft) return <PageLoader />;
  if (details.isError) return <ErrorAlert error={details.error} />;
  const editable = can('settings:update');
  const errors = fieldErrors(save.error);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d!, [k]: v }));
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack maw={760}>
        <Text c="dimmed" size="sm">
          {t('pricing.company.help')}
          {/* Fields that look editable but are not need saying so. */}
          {!editable && ` ${t('pricing.company.readOnly')}`}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {TEXT_FIELDS.map((f) => (
            <TextInput
              key={f}
              label={t(`pricing.company.fields.${f}`)}
              value={draft[f] ?? ''}
              onChange={(e) => set(f, e.currentTarget.value)}
              readOnly={!editable}
              error={errors[f]}
              data-testid={`company-${f}`}
            />
          ))}
          <NumberInput
            label={t('pricing.company.fields.vatRate')}
            value={draft.vatRate ?? ''}
            onChange={(v) => set('vatRate', v === '' ? null : Number(v))}
            min={0}
            max={100}
            decimalScale={2}
            suffix=" %"
            readOnly={!editable}
            error={errors.vatRate}
          />
          <NumberInput
            label={t('pricing.company.fields.quoteValidityDays')}
            value={draft.quoteValidityDays}
            onChange={(v) => set('quoteValidityDays', Number(v) || 30)}
            min={1}
            max={365}
            readOnly={!editable}
            error={errors.quoteValidityDays}
          />
        </SimpleGrid>
        <Textarea
          label={t('pricing.company.fields.address')}
          value={draft.address ?? ''}
          onChange={(e) => set('address', e.currentTarget.value)}
          autosize
          minRows={2}
          readOnly={!editable}
          error={errors.address}
          data-testid="company-address"
        />
        <CompanyLogo
          version={details.data.version}
          hasLogo={!!details.data.logo}
          editable={editable}
          onChange={(saved) => qc.setQueryData(['settings', 'company'], saved)}
        />
        {save.error && !Object.keys(errors).length && <ErrorAlert error={save.error} />}
        {editable && (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} data-testid="company-save">
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
