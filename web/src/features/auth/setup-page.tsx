import { Alert, Button, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../api/types.js';
import { rememberLocale } from '../../i18n/index.js';
import { useErrorMessage } from '../../shared/error-message.js';
import { MIN_PASSWORD_LENGTH } from '../../shared/validation.js';
import { authApi } from './auth.api.js';
import { AuthLayout } from './auth-layout.js';
import { useSessionUpdates } from './use-session.js';

/** First run: creates the owner (an admin) and signs them in. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const message = useErrorMessage();
  const { signedIn } = useSessionUpdates();
  const form = useForm({
    initialValues: {
      name: '',
      email: '',
      password: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+$/.test(v.trim()) ? null : t('validation.email')),
      password: (v) =>
        v.length >= MIN_PASSWORD_LENGTH ? null : t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH }),
    },
  });
  const setup = useMutation({
    mutationFn: authApi.setup,
    // The new session makes PublicOnly redirect into the app.
    onSuccess: signedIn,
  });

  return (
    <AuthLayout title={t('auth.setup.title')} subtitle={t('auth.setup.subtitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          setup.mutate({
            name: v.name.trim(),
            email: v.email.trim(),
            password: v.password,
            // The language shown now (also switchable in the header) becomes the owner's.
            locale: (i18n.resolvedLanguage ?? 'en') as Locale,
          }),
        )}
      >
        <Stack>
          {setup.isError && (
            <Alert color="red" icon={<IconAlertCircle />} data-testid="setup-error">
              {message(setup.error)}
            </Alert>
          )}
          <TextInput label={t('auth.fields.name')} data-testid="setup-name" {...form.getInputProps('name')} />
          <TextInput
            label={t('auth.fields.email')}
            type="email"
            autoComplete="username"
            data-testid="setup-email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth.fields.password')}
            description={t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            data-testid="setup-password"
            {...form.getInputProps('password')}
          />
          <Select
            label={t('common.language')}
            allowDeselect={false}
            data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
            value={i18n.resolvedLanguage ?? 'en'}
            data-testid="setup-locale"
            onChange={(value) => {
              if (!value) return;
              void i18n.changeLanguage(value);
              rememberLocale(value as Locale);
            }}
          />
          <Button type="submit" loading={setup.isPending} data-testid="setup-submit">
            {t('auth.setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
