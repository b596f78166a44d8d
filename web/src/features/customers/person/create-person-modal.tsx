import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useContactSourceOptions } from '../../../shared/display-names.js';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { type PersonInput, peopleApi, peopleKey, useFields } from '../customers.api.js';
import { CustomFieldInput } from './custom-field-input.js';
import { fieldErrors } from './problem-errors.js';

interface Draft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  lifecycleStage: string;
  source: string | null;
  custom: Record<string, unknown>;
}

/** New person: name, first email and phone, stage, source and custom fields; server errors land on fields. */
export function CreatePersonModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const fields = useFields('person');
  const sources = useContactSourceOptions();
  const [d, setD] = useState<Draft>({
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    lifecycleStage: '',
    source: null,
    custom: {},
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((prev) => ({ ...prev, [k]: v }));
  const create = useMutation({
    mutationFn: () => {
      const body: PersonInput = {
        firstName: d.firstName.trim() || null,
        lastName: d.lastName.trim() || null,
        ...(d.email.trim() ? { emails: [{ email: d.email.trim(), primary: true }] } : {}),
        ...(d.phone.trim() ? { phones: [{ phone: d.phone.trim(), primary: true }] } : {}),
        lifecycleStage: d.lifecycleStage.trim() || null,
        source: d.source,
        custom: Object.fromEntries(Object.entries(d.custom).filter(([, v]) => v !== null && v !== undefined)),
      };
      return peopleApi.create(body);
    },
    onSuccess: (person) => {
      notify.success(t('people.created'));
      void qc.invalidateQueries({ queryKey: peopleKey });
      onClose();
      navigate(`/customers/people/${person.id}`);
    },
    onError: (err) => {
      const byField = fieldErrors(err);
      setErrors(byField);
      if (Object.keys(byField).length === 0) notify.error(err);
    },
  });
  const submit = () => {
    if (!d.firstName.trim() && !d.lastName.trim() && !d.email.trim()) {
      setErrors({ firstName: t('people.nameOrEmail') });
      return;
    }
    create.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('people.create')} size="lg" centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label={t('people.fields.firstName')}
              data-autofocus
              value={d.firstName}
              error={errors.firstName}
              onChange={(e) => set('firstName', e.currentTarget.value)}
            />
            <TextInput
              label={t('people.fields.lastName')}
              value={d.lastName}
              error={errors.lastName}
              onChange={(e) => set('lastName', e.currentTarget.value)}
            />
            <TextInput
              label={t('people.fields.email')}
              type="email"
              value={d.email}
              error={errors.email}
              onChange={(e) => set('email', e.currentTarget.value)}
            />
            <TextInput
              label={t('people.fields.phone')}
              value={d.phone}
              error={errors.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
            />
            <TextInput
              label={t('people.fields.lifecycleStage')}
              value={d.lifecycleStage}
              error={errors.lifecycleStage}
              onChange={(e) => set('lifecycleStage', e.currentTarget.value)}
            />
            <Select
              label={t('people.fields.source')}
              clearable
              data={sources.data ?? []}
              value={d.source}
              error={errors.source}
              onChange={(v) => set('source', v)}
            />
            {(fields.data ?? []).map((def) => (
              <CustomFieldInput
                key={def.key}
                def={def}
                value={d.custom[def.key] ?? null}
                error={errors[`custom.${def.key}`]}
                onChange={(v) => set('custom', { ...d.custom, [def.key]: v })}
              />
            ))}
          </SimpleGrid>
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.create')}
            loading={create.isPending}
            submitTestId="person-create-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
