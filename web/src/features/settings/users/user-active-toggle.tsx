import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.js';
import { ConfirmModal } from '../../../shared/confirm-modal.js';
import { useNotify } from '../../../shared/notify.js';
import { settingsApi, usersKey } from '../settings.api.js';

/** Users are never deleted: deactivation keeps their history and can be undone. */
export function UserActiveToggle({ user }: { user: User }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const toggle = useMutation({
    mutationFn: (active: boolean) => settingsApi.updateUser(user.id, { active }),
    onSuccess: (u) => {
      setConfirming(false);
      notify.success(t(u.active ? 'users.reactivated' : 'users.deactivated', { name: u.name }));
      return qc.invalidateQueries({ queryKey: usersKey });
    },
    onError: notify.error,
  });
  if (!user.active) {
    return (
      <Button
        size="xs"
        variant="light"
        color="teal"
        loading={toggle.isPending}
        onClick={() => toggle.mutate(true)}
      >
        {t('users.reactivate')}
      </Button>
    );
  }
  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => setConfirming(true)}>
        {t('users.deactivate')}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={t('users.deactivateTitle')}
        message={t('users.deactivateText', { name: user.name })}
        confirmLabel={t('users.deactivate')}
        loading={toggle.isPending}
        onConfirm={() => toggle.mutate(false)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}
