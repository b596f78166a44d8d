import { Fieldset, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type User } from '../../../api/types.js';
import { DateField } from '../../../shared/date-field.js';
import { fromDateInput, toDateInput } from '../../../shared/date-input.js';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { showSaveError } from '../../customers/person/problem-errors.js';
import { settingsApi, usersKey, useTeams, useUserOptions } from '../settings.api.js';

/** Role, teams and the absence period with a substitute who takes over the work meanwhile. */
export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const teams = useTeams();
  const people = useUserOptions();
  const form = useForm({
    initialValues: {
      name: user.name,
      role: user.role as Role,
      teamIds: user.teamIds,
      absentFrom: toDateInput(user.absentFrom),
      absentUntil: toDateInput(user.absentUntil),
      substituteId: user.substituteId ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      absentUntil: (v, all) => (v && all.absentFrom && v < all.absentFrom ? t('validation.dateOrder') : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) =>
      settingsApi.updateUser(user.id, {
        name: v.name.trim(),
        role: v.role,
        teamIds: v.teamIds,
        absentFrom: fromDateInput(v.absentFrom),
        absentUntil: fromDateInput(v.absentUntil, true),
        substituteId: v.substituteId || null,
      }),
    onSuccess: (u) => {
      notify.success(t('users.saved', { name: u.name }));
      onClose();
      return qc.invalidateQueries({ queryKey: usersKey });
    },
    onError: (err) => showSaveError(err, form.setErrors, notify.error),
  });
  const substitutes = (people.data ?? [])
    .filter((p) => p.id !== user.id && p.active)
    .map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })} centered size="lg">
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate(v))}>
        <Stack>
          <TextInput label={t('users.fields.name')} {...form.getInputProps('name')} />
          <Select
            label={t('users.fields.role')}
            description={t(`users.roleHints.${form.values.role}`)}
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <MultiSelect
            label={t('users.fields.teams')}
            data={(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
            searchable
            {...form.getInputProps('teamIds')}
          />
          <Fieldset legend={t('users.absence')}>
            <SimpleGrid cols={2}>
              <DateField
                clearable
                label={t('users.fields.absentFrom')}
                {...form.getInputProps('absentFrom')}
              />
              <DateField
                clearable
                label={t('users.fields.absentUntil')}
                {...form.getInputProps('absentUntil')}
              />
            </SimpleGrid>
            <Select
              mt="sm"
              label={t('users.fields.substitute')}
              description={t('users.substituteHint')}
              placeholder={t('common.none')}
              clearable
              searchable
              data={substitutes}
              {...form.getInputProps('substituteId')}
              onChange={(v) => form.setFieldValue('substituteId', v ?? '')}
            />
          </Fieldset>
          <FormActions onCancel={onClose} submitLabel={t('common.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
