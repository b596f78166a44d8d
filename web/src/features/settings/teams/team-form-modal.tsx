import { Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../../api/types.js';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { showSaveError } from '../../customers/person/problem-errors.js';
import { settingsApi, type TeamInput, teamsKey, usersKey, useUserOptions } from '../settings.api.js';

/** Creates a team (team = null) or edits one: name, lead and members. */
export function TeamFormModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const people = useUserOptions();
  const form = useForm({
    initialValues: { name: team?.name ?? '', leadId: team?.leadId ?? '', memberIds: team?.memberIds ?? [] },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const save = useMutation({
    mutationFn: (body: TeamInput) =>
      team ? settingsApi.updateTeam(team.id, body) : settingsApi.createTeam(body),
    onSuccess: (saved) => {
      notify.success(t(team ? 'teams.saved' : 'teams.created', { name: saved.name }));
      onClose();
      // Membership shows on users too.
      void qc.invalidateQueries({ queryKey: usersKey });
      return qc.invalidateQueries({ queryKey: teamsKey });
    },
    onError: (err) => showSaveError(err, form.setErrors, notify.error),
  });
  const options = (people.data ?? [])
    .filter((u) => u.active)
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  return (
    <Modal opened onClose={onClose} title={team ? t('teams.editTitle') : t('teams.create')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ name: v.name.trim(), leadId: v.leadId || null, memberIds: v.memberIds }),
        )}
      >
        <Stack>
          <TextInput label={t('teams.fields.name')} data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('teams.fields.lead')}
            placeholder={t('common.none')}
            clearable
            searchable
            data={options}
            {...form.getInputProps('leadId')}
            onChange={(v) => form.setFieldValue('leadId', v ?? '')}
          />
          <MultiSelect
            label={t('teams.fields.members')}
            searchable
            data={options}
            {...form.getInputProps('memberIds')}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={team ? t('common.save') : t('common.create')}
            loading={save.isPending}
          />
        </Stack>
      </form>
    </Modal>
  );
}
