import { ActionIcon, Avatar, FileButton, Group, Stack, Tooltip } from '@mantine/core';
import { IconCamera, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, buildUrl } from '../../../api/client.js';
import { useNotify } from '../../../shared/notify.js';
import { peopleKey, timelineKey } from '../customers.api.js';
import { initialsOf } from './initials.js';

interface Props {
  entity: 'person' | 'company';
  entityId: string;
  /** Initials shown while there is no photo (the image answers 404 then). */
  name: string;
  canEdit: boolean;
  size?: number;
}

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';
const photoPath = (entity: Props['entity'], id: string) =>
  `/${entity === 'person' ? 'people' : 'companies'}/${encodeURIComponent(id)}/photo`;

/** The record's photo (a company's logo) with upload/replace/remove; the server sniffs the image type. */
export function RecordPhoto({ entity, entityId, name, canEdit, size = 64 }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  const qc = useQueryClient();
  // The image URL is stable, so a change appends a counter to make the browser fetch it again.
  const [version, setVersion] = useState(0);
  // Unknown (null) until the image loads or answers 404.
  const [hasPhoto, setHasPhoto] = useState<boolean | null>(null);
  const changed = () => {
    setVersion((v) => v + 1);
    void qc.invalidateQueries({ queryKey: timelineKey(entity, entityId) });
    // The people list's avatars come from its `hasPhoto` flags.
    if (entity === 'person') void qc.invalidateQueries({ queryKey: peopleKey });
  };
  const upload = useMutation({
    mutationFn: (file: File) =>
      api.putRaw(
        photoPath(entity, entityId),
        { filename: file.name },
        file,
        file.type || 'application/octet-stream',
      ),
    onSuccess: () => {
      setHasPhoto(true);
      changed();
      notify.success(t('photo.saved'));
    },
    onError: notify.error,
  });
  const remove = useMutation({
    mutationFn: () => api.delete(photoPath(entity, entityId)),
    onSuccess: () => {
      setHasPhoto(false);
      changed();
    },
    onError: notify.error,
  });
  const initials = initialsOf(name);
  const avatar = (
    <Avatar
      src={
        hasPhoto !== false
          ? `${buildUrl(photoPath(entity, entityId))}${version ? `?v=${version}` : ''}`
          : null
      }
      size={size}
      radius={entity === 'person' ? 'xl' : 'md'}
      alt={name}
      imageProps={{ onError: () => setHasPhoto(false), onLoad: () => setHasPhoto(true) }}
      data-testid="record-photo"
      data-has-photo={hasPhoto === null ? 'unknown' : String(hasPhoto)}
    >
      {initials}
    </Avatar>
  );
  if (!canEdit) return avatar;
  return (
    <Group gap={4} align="flex-end" wrap="nowrap">
      {avatar}
      <Stack gap={4}>
        <FileButton
          accept={ACCEPT}
          onChange={(file) => file && upload.mutate(file)}
          inputProps={{ 'data-testid': 'photo-input' } as object}
        >
          {(props) => (
            <Tooltip label={hasPhoto ? t('photo.replace') : t('photo.upload')}>
              <ActionIcon
                {...props}
                variant="light"
                size="sm"
                loading={upload.isPending}
                aria-label={hasPhoto ? t('photo.replace') : t('photo.upload')}
                data-testid="photo-upload"
              >
                <IconCamera size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </FileButton>
        {hasPhoto && (
          <Tooltip label={t('photo.remove')}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              loading={remove.isPending}
              aria-label={t('photo.remove')}
              onClick={() => remove.mutate()}
              data-testid="photo-remove"
            >
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Stack>
    </Group>
  );
}
