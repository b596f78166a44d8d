import { Anchor, Badge, Button, Divider, Drawer, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan } from '../auth/use-session.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { ConvertDialog } from './convert-dialog.js';
import { cleanInput } from './create-lead-modal.js';
import { LeadFormFields } from './lead-form-fields.js';
import { leadsApi, leadsKey } from './leads.api.js';
import type { LeadInput } from './leads.types.js';
import { leadName } from './leads-table.js';
import { ScoreHistory } from './score-history.js';

const EDITABLE = ['new', 'working', 'qualified', 'disqualified'] as const;

/** A lead in a side drawer: edit, change status, score and its history, convert. */
export function LeadDrawer({ leadId, onClose }: { leadId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const lead = useQuery({ queryKey: ['leads', 'one', leadId], queryFn: () => leadsApi.get(leadId) });
  const [draft, setDraft] = useState<LeadInput | null>(null);
  const [converting, setConverting] = useState(false);
  const l = lead.data;
  useEffect(() => {
    if (l)
      setDraft({
        firstName: l.firstName,
        lastName: l.lastName,
        email: l.email,
        phone: l.phone,
        companyName: l.companyName,
        source: l.source,
        ownerId: l.ownerId,
        interest: l.interest,
      });
  }, [l]);
  const save = useMutation({
    mutationFn: (body: LeadInput) => leadsApi.update(leadId, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: leadsKey });
      notify.success(t('leads.saved'));
    },
  });
  const errors = fieldErrors(save.error);
  const editable = can('leads:update') && l?.status !== 'converted';
  const { firstName, lastName, email, phone, companyName, source, ownerId, interest } = draft ?? {};
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={t('leads.lead')}
      data-testid="lead-drawer"
    >
      {lead.isPending || !draft ? (
        <PageLoader />
      ) : lead.isError || !l ? (
        <ErrorAlert error={lead.error} onRetry={() => lead.refetch()} />
      ) : (
        <Stack>
          <Group justify="space-between">
            <Title order={3}>{leadName(l)}</Title>
            <Badge size="lg" data-testid="lead-score">
              {t('leads.scoreValue', { score: l.score })}
            </Badge>
          </Group>
          <Group>
            {l.status === 'converted' ? (
              <Badge color="green">{t('leads.status.converted')}</Badge>
            ) : (
              <Select
                aria-label={t('leads.fields.status')}
                data={EDITABLE.map((s) => ({ value: s, label: t(`leads.status.${s}`) }))}
                value={l.status}
                onChange={(v) => v && save.mutate({ status: v as (typeof EDITABLE)[number] })}
                disabled={!editable}
                allowDeselect={false}
                w={200}
              />
            )}
            {editable && (
              <Button onClick={() => setConverting(true)} data-testid="lead-convert">
                {t('leads.convert')}
              </Button>
            )}
            {l.personId && (
              <Anchor component={Link} to={`/customers/people/${l.personId}`}>
                {t('leads.openPerson')}
              </Anchor>
            )}
            {l.dealId && (
              <Anchor component={Link} to={`/sales/board?deal=${l.dealId}`}>
                {t('leads.openDeal')}
              </Anchor>
            )}
          </Group>
          {l.status === 'converted' && (
            <Text size="sm" c="dimmed" data-testid="lead-converted-hint">
              {t('leads.convertedReadOnly')}
            </Text>
          )}
          <LeadFormFields draft={draft} onChange={setDraft} errors={errors} readOnly={!editable} />
          {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
          {editable && (
            <Group justify="flex-end">
              <Button
                loading={save.isPending}
                onClick={() =>
                  save.mutate(
                    cleanInput({ firstName, lastName, email, phone, companyName, source, ownerId, interest }),
                  )
                }
              >
                {t('common.save')}
              </Button>
            </Group>
          )}
          {l.consents.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('leads.consents', {
                list: l.consents.map((c) => t(`leads.forms.purposes.${c.purpose}`)).join(', '),
              })}
            </Text>
          )}
          <Divider label={t('leads.scoreHistory')} />
          <ScoreHistory leadId={l.id} version={l.version} />
          {converting && <ConvertDialog lead={l} onClose={() => setConverting(false)} />}
        </Stack>
      )}
    </Drawer>
  );
}
