import { ActionIcon, Anchor, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client.js';
import { useFormat } from '../../../shared/format.js';
import { useNotify } from '../../../shared/notify.js';
import { timelineKey } from '../customers.api.js';

interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: number;
  downloadUrl: string;
}

interface Props {
  entity: 'person' | 'company';
  entityId: string;
  canEdit: boolean;
}

const base = (entity: Props['entity'], id: string) =>
  `/${entity === 'person' ? 'people' : 'companies'}/${encodeURIComponent(id)}/attachments`;

/** Files of a record: upload (raw body, type sniffed by the server), download, delete. */
export function AttachmentsSection({ entity, entityId, canEdit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const notify = useNotify();
  const key = ['attachments', entity, entityId];
  const files = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ data: Attachment[] }>(base(entity, entityId)),
    select: (p) => p.data,
    retry: (n, err) => !isApiError(err, 404) && n < 2,
  });
  const done = () => {
    void qc.invalidateQueries({ queryKey: timelineKey(entity, entityId) });
    return qc.invalidateQueries({ queryKey: key });
  };
  const upload = useMutation({
    mutationFn: (file: File) =>
      api.upload(
        base(entity, entityId),
        { filename: file.name },
        file,
        file.type || 'application/octet-stream',
      ),
    onSuccess: done,
    onError: notify.error,
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/attachments/${encodeURIComponent(id)}`),
    onSuccess: done,
    onError: notify.error,
  });
  if (files.isError) return null; // no attachments API on this server
  const list = files.data ?? [];
  return (
    <Stack gap="xs" data-testid="attachments">
      {list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      )}
      {list.map((f) => (
        <Group key={f.id} justify="space-between" wrap="nowrap">
          <Anchor href={f.downloadUrl} size="sm" download={f.filename}>
            {f.filename}
          </Anchor>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {`${fmt.number(Math.ceil(f.size / 1024))} KB · ${fmt.date(f.createdAt)}`}
            </Text>
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('common.delete')}
                onClick={() => remove.mutate(f.id)}
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        </Group>
      ))}
      {canEdit && (
        <FileButton onChange={(file) => file && upload.mutate(file)}>
          {(props) => (
            <Button
              {...props}
              size="xs"
              variant="light"
              w="fit-content"
              loading={upload.isPending}
              leftSection={<IconPaperclip size={14} />}
              data-testid="attachment-upload"
            >
              {t('attachments.upload')}
            </Button>
          )}
        </FileButton>
      )}
    </Stack>
  );
}
