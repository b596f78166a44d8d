import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../shared/error-message.js';
import { authApi } from './auth.api.js';
import { AuthLayout } from './auth-layout.js';
import { useSessionUpdates } from './use-session.js';

export function LoginPage() {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const { signedIn } = useSessionUpdates();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) => (v ? null : t('validation.required')),
    },
  });
  const login = useMutation({
    mutationFn: authApi.login,
    // The new session makes PublicOnly redirect to `?next=` or the start page.
    onSuccess: signedIn,
  });

  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <form
        onSubmit={form.onSubmit((v) => login.mutate({ email: v.email.trim(), password: v.password }))}
        noValidate
      >
        <Stack>
          {login.isError && (
            <Alert color="red" icon={<IconAlertCircle />} data-testid="login-error">
              {message(login.error)}
            </Alert>
          )}
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="username"
            data-testid="login-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.fields.password')}
            autoComplete="current-password"
            data-testid="login-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={login.isPending} data-testid="login-submit">
            {t('auth.login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
