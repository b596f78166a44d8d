import { Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormActions } from '../../shared/form-actions.js';
import { useNotify } from '../../shared/notify.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { companiesApi, companiesKey } from './companies.api.js';

const FIELDS = ['name', 'legalName', 'taxId', 'industry', 'website'] as const;

/** New company: name (required), legal name, tax id, industry, website; server errors land on fields. */
export function CreateCompanyModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const [d, setD] = useState<Record<(typeof FIELDS)[number], string>>({
    name: '',
    legalName: '',
    taxId: '',
    industry: '',
    website: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation({
    mutationFn: () =>
      companiesApi.create(
        Object.fromEntries(
          Object.entries(d)
            .filter(([, v]) => v.trim())
            .map(([k, v]) => [k, v.trim()]),
        ),
      ),
    onSuccess: (company) => {
      notify.success(t('companies.created'));
      void qc.invalidateQueries({ queryKey: companiesKey });
      onClose();
      navigate(`/customers/companies/${company.id}`);
    },
    onError: (err) => {
      const byField = fieldErrors(err);
      setErrors(byField);
      if (!Object.keys(byField).length) notify.error(err);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('companies.create')} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!d.name.trim()) setErrors({ name: t('validation.required') });
          else create.mutate();
        }}
      >
        <Stack>
          {FIELDS.map((f, i) => (
            <TextInput
              key={f}
              label={t(`companies.fields.${f}`)}
              required={f === 'name'}
              data-autofocus={i === 0}
              value={d[f]}
              error={errors[f]}
              onChange={(e) => setD({ ...d, [f]: e.currentTarget.value })}
            />
          ))}
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.create')}
            loading={create.isPending}
            submitTestId="company-create-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
