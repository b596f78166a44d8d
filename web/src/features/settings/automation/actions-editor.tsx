import { Button, Card, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DeleteAction } from '../../../shared/row-actions.js';
import type { Action } from './automation.api.js';

const KINDS = [
  'create_task',
  'assign_owner',
  'update_field',
  'add_tag',
  'notify_user',
  'send_internal_email',
  'call_webhook',
] as const;

const DEFAULTS: Record<string, Action> = {
  create_task: {
    kind: 'create_task',
    title: '',
    type: 'call',
    dueIn: { amount: 1, unit: 'day' },
    assignTo: 'owner',
  },
  assign_owner: { kind: 'assign_owner', userId: '' },
  update_field: { kind: 'update_field', field: '', value: '' },
  add_tag: { kind: 'add_tag', tag: '' },
  notify_user: { kind: 'notify_user', to: 'owner', message: '' },
  send_internal_email: { kind: 'send_internal_email', to: '', subject: '', body: '' },
  call_webhook: { kind: 'call_webhook', url: 'https://', method: 'POST' },
};

/** The ordered list of a rule's actions, each with the inputs of its kind. */
export function ActionsEditor({ value, onChange }: { value: Action[]; onChange: (a: Action[]) => void }) {
  const { t } = useTranslation();
  const update = (i: number, a: Action) => onChange(value.map((x, j) => (j === i ? a : x)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        {t('automation.fields.actions')}
      </Text>
      {value.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: actions have no id; order is their identity
        <Card key={i} withBorder padding="xs">
          <Group align="flex-end" wrap="wrap">
            <Select
              w={200}
              data={KINDS.map((k) => ({ value: k, label: t(`automation.actions.${k}`) }))}
              value={a.kind}
              allowDeselect={false}
              onChange={(k) => k && update(i, DEFAULTS[k]!)}
            />
            <ActionFields action={a} onChange={(x) => update(i, x)} />
            <DeleteAction onClick={() => onChange(value.filter((_, j) => j !== i))} />
          </Group>
        </Card>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} />}
        onClick={() => onChange([...value, DEFAULTS.create_task!])}
        w="fit-content"
      >
        {t('automation.addAction')}
      </Button>
    </Stack>
  );
}

function ActionFields({ action, onChange }: { action: Action; onChange: (a: Action) => void }) {
  const { t } = useTranslation();
  const text = (key: string, label: string) => (
    <TextInput
      label={t(label)}
      value={String(action[key] ?? '')}
      onChange={(e) => onChange({ ...action, [key]: e.currentTarget.value })}
    />
  );
  switch (action.kind) {
    case 'create_task': {
      const due = action.dueIn as { amount: number; unit: string };
      return (
        <>
          {text('title', 'automation.fields.title')}
          <NumberInput
            w={110}
            label={t('automation.fields.dueInDays')}
            min={0}
            value={due.amount}
            onChange={(n) => onChange({ ...action, dueIn: { amount: Number(n || 0), unit: 'day' } })}
          />
          {text('assignTo', 'automation.fields.assignTo')}
        </>
      );
    }
    case 'assign_owner':
      return text('userId', 'automation.fields.userId');
    case 'update_field':
      return (
        <>
          {text('field', 'automation.fields.field')}
          {text('value', 'automation.fields.value')}
        </>
      );
    case 'add_tag':
      return text('tag', 'automation.fields.tag');
    case 'notify_user':
      return (
        <>
          {text('to', 'automation.fields.assignTo')}
          {text('message', 'automation.fields.message')}
        </>
      );
    case 'send_internal_email':
      return (
        <>
          {text('to', 'automation.fields.email')}
          {text('subject', 'automation.fields.subject')}
          <Textarea
            label={t('automation.fields.body')}
            value={String(action.body ?? '')}
            onChange={(e) => onChange({ ...action, body: e.currentTarget.value })}
          />
        </>
      );
    case 'call_webhook':
      return (
        <>
          {text('url', 'automation.fields.url')}
          <Select
            w={110}
            label={t('automation.fields.method')}
            data={['POST', 'PUT', 'PATCH', 'GET']}
            value={String(action.method)}
            allowDeselect={false}
            onChange={(m) => m && onChange({ ...action, method: m })}
          />
        </>
      );
    default:
      return null;
  }
}
