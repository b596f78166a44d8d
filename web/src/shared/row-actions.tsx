import { ActionIcon } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The pencil at the end of a table row. */
export function EditAction({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" aria-label={t('common.edit')} onClick={onClick}>
      <IconPencil size={16} />
    </ActionIcon>
  );
}

/** The red bin at the end of a table row. */
export function DeleteAction({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="red" aria-label={t('common.delete')} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}
