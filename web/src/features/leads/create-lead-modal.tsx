import { Modal, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../shared/form-actions.js';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert } from '../../shared/page-states.js';
import { useCurrentSession } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { LeadFormFields } from './lead-form-fields.js';
import { leadsApi, leadsKey } from './leads.api.js';
import type { LeadInput } from './leads.types.js';

/** Empty strings are "not given" for the API. */
export function cleanInput(d: LeadInput): LeadInput {
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === '' ? null : v])) as LeadInput;
}

export function CreateLeadModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const session = useCurrentSession();
  const [draft, setDraft] = useState<LeadInput>({ ownerId: session.user.id });
  const create = useMutation({
    mutationFn: () => leadsApi.create(cleanInput(draft)),
    onSuccess: (lead) => {
      void qc.invalidateQueries({ queryKey: leadsKey });
      notify.success(t('leads.created'));
      onClose();
      onCreated(lead.id);
    },
  });
  const errors = fieldErrors(create.error);
  return (
    <Modal opened onClose={onClose} title={t('leads.newLead')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack>
          <LeadFormFields draft={draft} onChange={setDraft} errors={errors} />
          {create.isError && Object.keys(errors).length === 0 && <ErrorAlert error={create.error} />}
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.create')}
            loading={create.isPending}
            submitTestId="lead-create-submit"
          />
        </Stack>
      </form>
    </Modal>
  );
}
