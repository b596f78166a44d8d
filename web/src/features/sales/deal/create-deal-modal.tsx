import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert } from '../../../shared/page-states.js';
import { useCurrentSession } from '../../auth/use-session.js';
import { fieldErrors } from '../../customers/person/problem-errors.js';
import { dealsKey, salesApi, useLabel } from '../sales.api.js';
import type { Pipeline } from '../sales.types.js';
import { emptyDraft, inputOf } from './deal-draft.js';
import { DealFormFields } from './deal-form-fields.js';

/** New deal in the picked pipeline; the stage defaults to the first one. */
export function CreateDealModal({ pipeline, onClose }: { pipeline: Pipeline; onClose: () => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const qc = useQueryClient();
  const notify = useNotify();
  const session = useCurrentSession();
  const [draft, setDraft] = useState(emptyDraft(session.user.id));
  const [stageId, setStageId] = useState<string | null>(pipeline.stages[0]?.id ?? null);
  const create = useMutation({
    mutationFn: () =>
      salesApi.create({ ...inputOf(draft), pipelineId: pipeline.id, stageId: stageId ?? undefined }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: dealsKey });
      notify.success(t('sales.created'));
      onClose();
    },
  });
  const errors = fieldErrors(create.error);
  return (
    <Modal opened onClose={onClose} title={t('sales.newDeal')} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        data-testid="deal-create-form"
      >
        <Stack>
          <DealFormFields draft={draft} onChange={setDraft} errors={errors} />
          <Select
            label={t('sales.fields.stage')}
            data={pipeline.stages
              .filter((s) => s.kind !== 'lost')
              .map((s) => ({ value: s.id, label: label(s) }))}
            value={stageId}
            onChange={setStageId}
            allowDeselect={false}
            error={errors.stageId}
          />
          {create.isError && Object.keys(errors).length === 0 && <ErrorAlert error={create.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="deal-create-submit">
              {t('common.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
