import {
  ActionIcon,
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  Modal,
  Select,
  Stack,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../api/types.js';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { apiKeysKey, settingsApi } from '../settings.api.js';

/** Creates a key; the secret is shown exactly once, with a copy button. */
export function CreateApiKeyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', role: 'viewer' as Role },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const create = useMutation({
    mutationFn: settingsApi.createApiKey,
    onSuccess: (res) => {
      setSecret(res.key);
      return qc.invalidateQueries({ queryKey: apiKeysKey });
    },
    onError: notify.error,
  });
  const close = () => {
    setSecret(null);
    form.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('apiKeys.create')} centered size="lg">
      {secret ? (
        <Stack>
          <Alert color="yellow" icon={<IconAlertTriangle />}>
            {t('apiKeys.showOnce')}
          </Alert>
          <Group wrap="nowrap" gap="xs">
            <Code block style={{ flex: 1, wordBreak: 'break-all' }} data-testid="api-key-secret">
              {secret}
            </Code>
            <CopyButton value={secret}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('common.copy')}>
                  <ActionIcon
                    variant="light"
                    color={copied ? 'teal' : 'blue'}
                    onClick={copy}
                    aria-label={t('common.copy')}
                  >
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((v) => create.mutate({ name: v.name.trim(), role: v.role }))}
        >
          <Stack>
            <TextInput label={t('apiKeys.fields.name')} data-autofocus {...form.getInputProps('name')} />
            <Select
              label={t('apiKeys.fields.role')}
              description={t('apiKeys.roleHint')}
              allowDeselect={false}
              data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              {...form.getInputProps('role')}
            />
            <FormActions onCancel={close} submitLabel={t('common.create')} loading={create.isPending} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
