import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consentSourceLabel } from '../../../shared/display-names.js';
import { useFormat } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { peopleApi, timelineKey } from '../customers.api.js';
import { CONSENT_PURPOSES, type ConsentStatus } from '../customers.types.js';

const COLORS: Record<ConsentStatus, string> = { granted: 'teal', withdrawn: 'red', pending: 'yellow' };

/** Consent per purpose: current status with when, how and who; changing it writes a timeline event. */
export function ConsentPanel({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const notify = useNotify();
  const key = ['consents', personId];
  const consents = useQuery({
    queryKey: key,
    queryFn: () => peopleApi.consents(personId),
    select: (p) => p.data,
  });
  const set = useMutation({
    mutationFn: ({ purpose, status }: { purpose: string; status: ConsentStatus }) =>
      peopleApi.setConsent(personId, purpose, { status, source: 'crm' }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: timelineKey('person', personId) });
      return qc.invalidateQueries({ queryKey: key });
    },
    onError: notify.error,
  });
  return (
    <Table verticalSpacing={6} data-testid="consent-panel">
      <Table.Tbody>
        {CONSENT_PURPOSES.map((purpose) => {
          const c = consents.data?.find((x) => x.purpose === purpose);
          return (
            <Table.Tr key={purpose}>
              {/* The purpose may wrap (table cells do not by default) so the status switch stays inside the card. */}
              <Table.Td style={{ whiteSpace: 'normal' }}>
                <Stack gap={0}>
                  <Text size="sm">{t(`consent.purposes.${purpose}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {c
                      ? `${fmt.dateTime(c.changedAt)}${c.source ? ` · ${consentSourceLabel(c.source, t, (k) => i18n.exists(k))}` : ''}${c.actor?.name ? ` · ${c.actor.name}` : ''}`
                      : t('consent.never')}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                {canEdit ? (
                  <SegmentedControl
                    size="xs"
                    value={c?.status ?? ''}
                    data-testid={`consent-${purpose}`}
                    data={(['granted', 'pending', 'withdrawn'] as const).map((s) => ({
                      value: s,
                      label: t(`consent.status.${s}`),
                    }))}
                    onChange={(status) => set.mutate({ purpose, status: status as ConsentStatus })}
                  />
                ) : (
                  <Group>
                    {c ? <Badge color={COLORS[c.status]}>{t(`consent.status.${c.status}`)}</Badge> : '—'}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
