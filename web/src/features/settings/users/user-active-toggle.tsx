import { ActionIcon, Tooltip } from '@mantine/core';
import { IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types.js';
import { ConfirmModal } from '../../../shared/confirm-modal.js';
import { useNotify } from '../../../shared/notify.js';
import { settingsApi, usersKey } from '../settings.api.js';

/**
 * Users are never deleted: deactivation keeps their history and can be undone. An icon beside the
 * row's pencil (named by its tooltip and label): "Деактивировать" as a button pushed it out of view.
 */
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
      <Tooltip label={t('users.reactivate')}>
        <ActionIcon
          variant="subtle"
          color="teal"
          aria-label={t('users.reactivate')}
          loading={toggle.isPending}
          onClick={() => toggle.mutate(true)}
        >
          <IconUserCheck size={16} />
        </ActionIcon>
      </Tooltip>
    );
  }
  return (
    <>
      <Tooltip label={t('users.deactivate')}>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('users.deactivate')}
          onClick={() => setConfirming(true)}
        >
          <IconUserOff size={16} />
        </ActionIcon>
      </Tooltip>
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
