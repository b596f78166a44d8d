import { Button, Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import { pipelinesKey, salesApi, useLabel, usePipelines } from '../sales.api.js';
import type { StageInput } from '../sales.types.js';
import { LostReasonsEditor } from './lost-reasons-editor.js';
import { StagesEditor } from './stages-editor.js';

/** Settings → Pipelines: pick a pipeline, rename it, edit its ordered stages; add pipelines; lost reasons. */
export function PipelinesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const label = useLabel();
  const qc = useQueryClient();
  const notify = useNotify();
  const pipelines = usePipelines();
  const [selected, setSelected] = useState<string | null>(null);
  const pipeline = pipelines.data?.find((p) => p.id === selected) ?? pipelines.data?.[0];
  const [name, setName] = useState('');
  const [stages, setStages] = useState<StageInput[]>([]);
  useEffect(() => {
    if (!pipeline) return;
    setName(label(pipeline));
    setStages(
      pipeline.stages.map((s) => ({
        id: s.id,
        name: label(s),
        labels: s.labels,
        probability: s.probability,
        kind: s.kind,
      })),
    );
  }, [pipeline, label]);
  const manage = can('deals:manage');
  const done = () => qc.invalidateQueries({ queryKey: pipelinesKey });
  const save = useMutation({
    mutationFn: () =>
      // A renamed seeded pipeline drops its translated labels, so the new name shows in every language.
      salesApi.updatePipeline(pipeline!.id, {
        name,
        stages,
        ...(name !== label(pipeline!) ? { labels: {} } : {}),
      }),
    onSuccess: () => {
      void done();
      notify.success(t('sales.saved'));
    },
    onError: notify.error,
  });
  const create = useMutation({
    mutationFn: () =>
      salesApi.createPipeline({
        name: t('sales.settings.newPipelineName'),
        stages: [
          { name: t('sales.settings.defaultStages.new'), probability: 10, kind: 'open' },
          { name: t('sales.settings.defaultStages.won'), probability: 100, kind: 'won' },
          { name: t('sales.settings.defaultStages.lost'), probability: 0, kind: 'lost' },
        ],
      }),
    onSuccess: (p) => {
      void done();
      setSelected(p.id);
    },
    onError: notify.error,
  });
  if (pipelines.isPending || !pipeline) return <PageLoader />;
  return (
    <Stack data-testid="pipelines-settings">
      <Group justify="space-between">
        <Select
          aria-label={t('sales.pipeline')}
          data={(pipelines.data ?? []).map((p) => ({ value: p.id, label: label(p) }))}
          value={pipeline.id}
          onChange={setSelected}
          allowDeselect={false}
          w={260}
        />
        {manage && (
          <Button
            variant="default"
            leftSection={<IconPlus size={16} />}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            {t('sales.settings.addPipeline')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <Stack>
          <TextInput
            label={t('sales.settings.pipelineName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            disabled={!manage}
          />
          <Title order={5}>{t('sales.settings.stages')}</Title>
          <StagesEditor stages={stages} onChange={setStages} disabled={!manage} errors={{}} />
          {manage && (
            <Group justify="space-between">
              <Button
                variant="subtle"
                leftSection={<IconPlus size={16} />}
                onClick={() =>
                  setStages([
                    ...stages,
                    { name: t('sales.settings.defaultStages.new'), probability: 50, kind: 'open' },
                  ])
                }
              >
                {t('sales.settings.addStage')}
              </Button>
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="pipeline-save">
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <LostReasonsEditor manage={manage} />
    </Stack>
  );
}
