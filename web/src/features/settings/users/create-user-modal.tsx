import { Modal, MultiSelect, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import { LOCALES, type Locale, ROLES, type Role } from '../../../api/types.js';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { MIN_PASSWORD_LENGTH } from '../../../shared/validation.js';
import { showSaveError } from '../../customers/person/problem-errors.js';
import { settingsApi, usersKey, useTeams } from '../settings.api.js';

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const teams = useTeams(opened);
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      role: 'agent' as Role,
      password: '',
      teamIds: [] as string[],
      locale: (i18n.resolvedLanguage ?? 'en') as Locale,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) =>
        v.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const create = useMutation({
    mutationFn: settingsApi.createUser,
    onSuccess: (user) => {
      notify.success(t('users.created', { name: user.name }));
      close();
      return qc.invalidateQueries({ queryKey: usersKey });
    },
    // Said on the field it concerns: a taken or invalid email under Email, not in a toast.
    onError: (err) => {
      if (isApiError(err, 409) && err.code === 'email_taken')
        form.setFieldError('email', t('errors.codes.email_taken'));
      else showSaveError(err, form.setErrors, notify.error);
    },
  });

  return (
    <Modal opened={opened} onClose={close} title={t('users.create')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => create.mutate({ ...v, name: v.name.trim(), email: v.email.trim() }))}
      >
        <Stack>
          <TextInput label={t('users.fields.name')} data-autofocus {...form.getInputProps('name')} />
          <TextInput label={t('users.fields.email')} type="email" {...form.getInputProps('email')} />
          <Select
            label={t('users.fields.role')}
            description={t(`users.roleHints.${form.values.role}`)}
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <PasswordInput
            label={t('users.fields.initialPassword')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <MultiSelect
            label={t('users.fields.teams')}
            data={(teams.data ?? []).map((tm) => ({ value: tm.id, label: tm.name }))}
            searchable
            {...form.getInputProps('teamIds')}
          />
          <Select
            label={t('common.language')}
            allowDeselect={false}
            data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
            {...form.getInputProps('locale')}
          />
          <FormActions onCancel={close} submitLabel={t('common.create')} loading={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
