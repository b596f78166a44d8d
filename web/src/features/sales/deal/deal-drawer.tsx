import { Anchor, Badge, Button, Divider, Drawer, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';
import { DealLinesEditor, dealLinesKey } from '../../pricing/deal-lines-editor.js';
import { DealQuotes } from '../../pricing/deal-quotes.js';
import { DealTimeline } from '../../pricing/deal-timeline.js';
import { pricingApi } from '../../pricing/pricing.api.js';
import { LogActivityModal } from '../../tasks/log-activity-modal.js';
import { LostReasonModal } from '../board/lost-reason-modal.js';
import { useMoveRefused } from '../board/use-move-deal.js';
import { useDecimalInput } from '../money.js';
import { dealsKey, salesApi, useLabel, useLostReasons, usePipelines } from '../sales.api.js';
import { draftOf, inputOf } from './deal-draft.js';
import { type DealDraft, DealFormFields } from './deal-form-fields.js';
import { StageHistory } from './stage-history.js';

/** A deal in a side drawer: edit its fields, change its stage, see its history and linked records. */
export function DealDrawer({ dealId, onClose }: { dealId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const label = useLabel();
  const qc = useQueryClient();
  const notify = useNotify();
  const moveRefused = useMoveRefused();
  const deal = useQuery({ queryKey: ['deals', 'one', dealId], queryFn: () => salesApi.get(dealId) });
  const pipelines = usePipelines();
  const lines = useQuery({ queryKey: dealLinesKey(dealId), queryFn: () => pricingApi.lines(dealId) });
  const reasons = useLostReasons();
  const decimal = useDecimalInput();
  const [draft, setDraft] = useState<DealDraft | null>(null);
  const [lostFor, setLostFor] = useState<string | null>(null);
  const [logging, setLogging] = useState(false);
  useEffect(() => {
    if (deal.data) setDraft(draftOf(deal.data, decimal.decimalSeparator));
  }, [deal.data, decimal.decimalSeparator]);
  const done = () => void qc.invalidateQueries({ queryKey: dealsKey });
  const save = useMutation({
    mutationFn: () => salesApi.update(dealId, inputOf(draft!)),
    onSuccess: () => {
      done();
      notify.success(t('sales.saved'));
    },
  });
  const move = useMutation({
    mutationFn: (body: { stageId: string; lostReasonId?: string }) => salesApi.move(dealId, body),
    onSuccess: done,
    onError: moveRefused,
  });
  const d = deal.data;
  const stages = pipelines.data?.find((p) => p.id === d?.pipelineId)?.stages ?? [];
  const stage = stages.find((s) => s.id === d?.stageId);
  const reason = reasons.data?.find((r) => r.id === d?.lostReasonId);
  const editable = can('deals:update');
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={t('sales.deal')}
      data-testid="deal-drawer"
    >
      {deal.isPending || !draft ? (
        <PageLoader />
      ) : deal.isError ? (
        <ErrorAlert error={deal.error} />
      ) : (
        <Stack>
          <Group justify="space-between">
            <Title order={3}>{d!.title}</Title>
            {stage && (
              <Badge
                color={stage.kind === 'won' ? 'teal' : stage.kind === 'lost' ? 'red' : 'blue'}
                data-testid="deal-stage"
              >
                {label(stage)}
              </Badge>
            )}
          </Group>
          {reason && (
            <Text size="sm" c="red">
              {t('sales.lostReason.label')}: {label(reason)}
            </Text>
          )}
          <Select
            label={t('sales.fields.stage')}
            data={stages.map((s) => ({ value: s.id, label: label(s) }))}
            value={d!.stageId}
            disabled={!editable}
            allowDeselect={false}
            onChange={(v) => {
              if (!v || v === d!.stageId) return;
              if (stages.find((s) => s.id === v)?.kind === 'lost') setLostFor(v);
              else move.mutate({ stageId: v });
            }}
            data-testid="deal-stage-select"
          />
          <Group gap="md">
            {d!.personId && (
              <Anchor
                component={Link}
                to={`/customers/people/${d!.personId}`}
                size="sm"
                data-testid="deal-person-link"
              >
                {t('sales.openPerson')}
              </Anchor>
            )}
            {d!.companyId && (
              <Anchor component={Link} to={`/customers/companies/${d!.companyId}`} size="sm">
                {t('sales.openCompany')}
              </Anchor>
            )}
            {/* A call or meeting about the deal lands on its person's and company's timeline. */}
            {can('tasks:create') && (d!.personId || d!.companyId) && (
              <Button
                variant="light"
                size="xs"
                ml="auto"
                onClick={() => setLogging(true)}
                data-testid="deal-log-activity"
              >
                {t('tasks.activity.button')}
              </Button>
            )}
          </Group>
          <Divider />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack>
              <DealFormFields
                draft={draft}
                onChange={setDraft}
                errors={fieldErrors(save.error)}
                priced={!!lines.data?.data.length}
              />
              {editable && (
                <Group justify="flex-end">
                  <Button type="submit" loading={save.isPending} data-testid="deal-save">
                    {t('common.save')}
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
          <Divider label={t('pricing.lines.title')} />
          <DealLinesEditor deal={d!} editable={editable} />
          <Divider label={t('pricing.quotes.title')} />
          <DealQuotes dealId={dealId} editable={editable} hasLines={!!lines.data?.data.length} />
          <Divider label={t('sales.history.title')} />
          <StageHistory dealId={dealId} version={d!.version} stages={stages} />
          <Divider label={t('timeline.title')} />
          <DealTimeline key={d!.version} dealId={dealId} />
        </Stack>
      )}
      {logging && d && (
        <LogActivityModal
          related={{ personId: d.personId, companyId: d.companyId, dealId: d.id }}
          onClose={() => setLogging(false)}
        />
      )}
      {lostFor && (
        <LostReasonModal
          onCancel={() => setLostFor(null)}
          onConfirm={(lostReasonId) => {
            move.mutate({ stageId: lostFor, lostReasonId });
            setLostFor(null);
          }}
        />
      )}
    </Drawer>
  );
}
