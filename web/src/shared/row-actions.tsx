import { ActionIcon } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from './confirm-modal.js';

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

/**
 * The red bin that asks first, for what a click should not lose: a rule, a form embedded on a
 * website. `onConfirm` deletes (its own error handling tells the user); the dialog stays open if it fails.
 */
export function ConfirmedDeleteAction(props: {
  title: string;
  message: string;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
      setOpen(false);
    } catch {
      // Reported by the caller's mutation; the dialog stays for another try or Cancel.
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <DeleteAction onClick={() => setOpen(true)} />
      <ConfirmModal
        opened={open}
        title={props.title}
        message={props.message}
        confirmLabel={t('common.delete')}
        loading={busy}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
