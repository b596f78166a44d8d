import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.js';
import { useNotify } from '../../../shared/notify.js';
import { QueryView } from '../../../shared/query-view.js';

interface OrgSettings {
  defaultPhoneRegion: string;
}

const key = ['org-settings'] as const;

/** Settings → Organisation (admins): the default phone region used to read numbers typed without +code. */
export function OrganisationPage() {
  const settings = useQuery({ queryKey: key, queryFn: () => api.get<OrgSettings>('/settings/org') });
  return <QueryView query={settings}>{(s) => <PhoneRegionForm current={s.defaultPhoneRegion} />}</QueryView>;
}

function PhoneRegionForm({ current }: { current: string }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const qc = useQueryClient();
  const [region, setRegion] = useState(current);
  const regions = useQuery({
    queryKey: [...key, 'regions'],
    queryFn: () => api.get<{ data: { code: string; callingCode: string }[] }>('/settings/org/phone-regions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([i18n.resolvedLanguage ?? 'en'], { type: 'region' });
    return (regions.data?.data ?? [{ code: current, callingCode: '' }])
      .map((r) => ({
        value: r.code,
        label: `${names.of(r.code) ?? r.code}${r.callingCode ? ` (+${r.callingCode})` : ''}`,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [i18n.resolvedLanguage, regions.data, current]);
  const save = useMutation({
    mutationFn: () => api.patch<OrgSettings>('/settings/org', { defaultPhoneRegion: region }),
    onSuccess: (saved) => {
      qc.setQueryData(key, saved);
      notify.success(t('organisation.saved'));
    },
    onError: notify.error,
  });
  return (
    <Paper withBorder p="lg" radius="md" maw={560} data-testid="organisation-page">
      <Stack>
        <Title order={4}>{t('organisation.phoneTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('organisation.phoneHint')}
        </Text>
        <Select
          label={t('organisation.defaultPhoneRegion')}
          searchable
          allowDeselect={false}
          data={countries}
          value={region}
          onChange={(v) => v && setRegion(v)}
          data-testid="phone-region"
        />
        <Group justify="flex-end">
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={region === current}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
