import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { MIN_PASSWORD_LENGTH } from '../../../shared/validation.js';
import { authApi } from '../../auth/auth.api.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('validation.required')),
      newPassword: (v) =>
        v.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
      confirm: (v, all) => (v === all.newPassword ? null : t('validation.passwordMismatch')),
    },
  });
  const change = useMutation({
    mutationFn: authApi.changePassword,
    onSuccess: () => {
      form.reset();
      notify.success(t('profile.passwordChanged'));
    },
    // A wrong current password is said under that field (it was a toast about "some values").
    onError: (err) => {
      const errors = fieldErrors(err);
      if (errors.currentPassword) form.setFieldError('currentPassword', t('profile.wrongPassword'));
      else if (Object.keys(errors).length) form.setErrors(errors);
      else notify.error(err);
    },
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={4} mb="md">
        {t('profile.changePassword')}
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
        )}
      >
        <Stack>
          <PasswordInput
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('profile.newPassword')}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('profile.confirmPassword')}
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
