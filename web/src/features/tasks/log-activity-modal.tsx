import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { ErrorAlert } from '../../shared/page-states.js';
import { fieldErrors } from '../customers/person/problem-errors.js';
import { type ActivityKind, activityInput } from './activity-input.js';
import { tasksApi } from './tasks.api.js';

const KINDS: ActivityKind[] = ['call', 'meeting', 'email', 'note'];

/**
 * Log what already happened — a call with its outcome and length, a meeting with who was there —
 * about a person, company and/or deal; it shows on their timeline as `activity.logged`.
 */
export function LogActivityModal({
  related,
  onClose,
}: {
  related: { personId: string | null; companyId: string | null; dealId?: string | null };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [kind, setKind] = useState<ActivityKind>('call');
  const [outcome, setOutcome] = useState('');
  const [minutes, setMinutes] = useState<number | ''>('');
  const [attendees, setAttendees] = useState<string[]>([]);
  const [body, setBody] = useState('');
  const log = useMutation({
    mutationFn: () =>
      tasksApi.logActivity(activityInput({ kind, outcome, minutes, attendees, body, related })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      notify.success(t('tasks.activity.logged'));
      onClose();
    },
  });
  const errors = fieldErrors(log.error);
  return (
    <Modal opened onClose={onClose} title={t('tasks.activity.title')}>
      <Stack>
        <SegmentedControl
          data={KINDS.map((k) => ({ value: k, label: t(`tasks.activity.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as ActivityKind)}
          data-testid="activity-kind"
        />
        {kind !== 'note' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('tasks.activity.outcome')}
              placeholder={t('tasks.activity.outcomeHint')}
              value={outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
              error={errors.outcome}
              data-testid="activity-outcome"
            />
            {kind !== 'email' && (
              <NumberInput
                label={t('tasks.activity.minutes')}
                value={minutes}
                onChange={(v) => setMinutes(typeof v === 'number' ? v : '')}
                min={0}
                max={7 * 24 * 60}
                allowDecimal={false}
                error={errors.durationSeconds}
                data-testid="activity-minutes"
              />
            )}
          </Group>
        )}
        {kind === 'meeting' && (
          <TagsInput
            label={t('tasks.activity.attendees')}
            description={t('tasks.activity.attendeesHint')}
            value={attendees}
            onChange={setAttendees}
            data-testid="activity-attendees"
          />
        )}
        <Textarea
          label={t('tasks.activity.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
          error={errors.body}
          data-testid="activity-body"
        />
        {log.isError && Object.keys(errors).length === 0 && <ErrorAlert error={log.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={log.isPending} onClick={() => log.mutate()} data-testid="activity-submit">
            {t('tasks.activity.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
