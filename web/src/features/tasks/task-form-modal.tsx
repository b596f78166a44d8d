import { Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTimeField } from '../../shared/date-field.js';
import { FormActions } from '../../shared/form-actions.js';
import { useNotify } from '../../shared/notify.js';
import { useCurrentSession } from '../auth/use-session.js';
import { useUserOptions } from '../settings/settings.api.js';
import { PersonSelect } from './person-select.js';
import {
  REMIND_UNITS,
  type RemindUnit,
  type TaskFormValues,
  taskFormValues,
  toTaskInput,
} from './task-form-values.js';
import { TASK_PRIORITIES, TASK_TYPES, type Task, type TaskInput, tasksApi, tasksKey } from './tasks.api.js';

/** Creates a task (`task` null; about `personId` when given, e.g. from a profile) or edits one. */
export function TaskFormModal({
  opened,
  task,
  personId,
  onClose,
}: {
  opened: boolean;
  task: Task | null;
  personId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const { user } = useCurrentSession();
  const users = useUserOptions();
  const form = useForm<TaskFormValues>({
    initialValues: taskFormValues(null, user.id),
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      due: (v) => (v === null ? t('validation.required') : null),
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the modal opens for a task.
  useEffect(() => {
    if (opened)
      form.setValues({ ...taskFormValues(task, user.id), ...(task || !personId ? {} : { personId }) });
  }, [opened, task]);
  const save = useMutation({
    mutationFn: (body: TaskInput) => (task ? tasksApi.update(task.id, body) : tasksApi.create(body)),
    onSuccess: () => {
      notify.success(t(task ? 'tasks.saved' : 'tasks.created'));
      onClose();
      return qc.invalidateQueries({ queryKey: tasksKey });
    },
    onError: notify.error,
  });
  const submit = form.onSubmit((v) => save.mutate(toTaskInput(v)));
  return (
    <Modal opened={opened} onClose={onClose} title={t(task ? 'tasks.edit' : 'tasks.new')} centered size="lg">
      <form noValidate onSubmit={submit} data-testid="task-form">
        <Stack>
          <TextInput
            label={t('tasks.fields.title')}
            required
            data-testid="task-title"
            {...form.getInputProps('title')}
          />
          <Group grow>
            <Select
              label={t('tasks.fields.type')}
              data={TASK_TYPES.map((v) => ({ value: v, label: t(`tasks.types.${v}`) }))}
              allowDeselect={false}
              {...form.getInputProps('type')}
            />
            <Select
              label={t('tasks.fields.priority')}
              data={TASK_PRIORITIES.map((v) => ({ value: v, label: t(`tasks.priorities.${v}`) }))}
              allowDeselect={false}
              {...form.getInputProps('priority')}
            />
          </Group>
          <Group grow>
            <DateTimeField
              label={t('tasks.fields.due')}
              required
              data-testid="task-due"
              {...form.getInputProps('due')}
            />
            <Group gap={6} wrap="nowrap" align="flex-end">
              <NumberInput
                label={t('tasks.fields.remind')}
                min={0}
                max={Math.floor(43200 / REMIND_UNITS[form.values.remindUnit])}
                allowDecimal={false}
                style={{ flex: 1 }}
                data-testid="task-remind"
                {...form.getInputProps('remind')}
              />
              <Select
                aria-label={t('tasks.remindUnit')}
                w={110}
                allowDeselect={false}
                data={(Object.keys(REMIND_UNITS) as RemindUnit[]).map((u) => ({
                  value: u,
                  label: t(`tasks.remindUnits.${u}`),
                }))}
                data-testid="task-remind-unit"
                {...form.getInputProps('remindUnit')}
              />
            </Group>
          </Group>
          <Select
            label={t('tasks.fields.assignee')}
            searchable
            allowDeselect={false}
            data={(users.data ?? [{ id: user.id, name: user.name }]).map((u) => ({
              value: u.id,
              label: u.name,
            }))}
            {...form.getInputProps('assigneeId')}
          />
          <PersonSelect value={form.values.personId} onChange={(id) => form.setFieldValue('personId', id)} />
          <Textarea
            label={t('tasks.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.save')}
            loading={save.isPending}
            submitTestId="task-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
