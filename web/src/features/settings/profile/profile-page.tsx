import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, type Theme } from '../../../api/types.js';
import { browserTimeZone } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { authApi } from '../../auth/auth.api.js';
import { useCurrentSession, useSessionUpdates } from '../../auth/use-session.js';
import { ChangePasswordForm } from './change-password-form.js';

export function ProfilePage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const { user } = useCurrentSession();
  const { userChanged } = useSessionUpdates();
  const form = useForm({
    initialValues: { name: user.name },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const update = useMutation({ mutationFn: authApi.updateMe, onSuccess: userChanged, onError: notify.error });
  const zones = useMemo(
    () => [
      { value: '', label: t('profile.browserZone', { zone: browserTimeZone() }) },
      ...Intl.supportedValuesOf('timeZone').map((z) => ({ value: z, label: z.replaceAll('_', ' ') })),
    ],
    [t],
  );

  return (
    <Stack maw={560} data-testid="profile-page">
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb="md">
          {t('profile.title')}
        </Title>
        <form
          noValidate
          onSubmit={form.onSubmit((v) =>
            update.mutate({ name: v.name.trim() }, { onSuccess: () => notify.success(t('profile.saved')) }),
          )}
        >
          <Stack>
            <TextInput label={t('auth.fields.email')} value={user.email} readOnly variant="filled" />
            <TextInput label={t('auth.fields.name')} {...form.getInputProps('name')} />
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper withBorder p="lg" radius="md">
        <Title order={4} mb="md">
          {t('profile.preferences')}
        </Title>
        <Stack>
          <Select
            label={t('common.language')}
            allowDeselect={false}
            value={user.locale}
            data={LOCALES.map((l) => ({ value: l, label: t(`locales.${l}`) }))}
            onChange={(v) => v && update.mutate({ locale: v as Locale })}
            data-testid="profile-locale"
          />
          <Select
            label={t('profile.timeZone')}
            description={t('profile.timeZoneHint')}
            searchable
            allowDeselect={false}
            value={user.timeZone ?? ''}
            data={zones}
            onChange={(v) =>
              v !== null &&
              update.mutate({ timeZone: v || null }, { onSuccess: () => notify.success(t('profile.saved')) })
            }
            data-testid="profile-time-zone"
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('common.theme')}
            </Text>
            <SegmentedControl
              value={user.theme}
              onChange={(v) => update.mutate({ theme: v as Theme })}
              data={(['light', 'dark', 'auto'] as const).map((v) => ({ value: v, label: t(`themes.${v}`) }))}
            />
          </div>
        </Stack>
      </Paper>
      <ChangePasswordForm />
    </Stack>
  );
}
