import { Button, Group, Modal, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel, useLostReasons } from '../sales.api.js';

interface Props {
  onConfirm: (lostReasonId: string) => void;
  onCancel: () => void;
}

/** Asked when a deal goes to a lost stage: the server refuses the move without a reason. */
export function LostReasonModal({ onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const reasons = (useLostReasons().data ?? []).filter((r) => !r.archived);
  const [value, setValue] = useState<string | null>(null);
  return (
    <Modal opened onClose={onCancel} title={t('sales.lostReason.title')} data-testid="lost-reason-modal">
      <Stack>
        <Radio.Group value={value} onChange={setValue} label={t('sales.lostReason.label')}>
          <Stack gap="xs" mt="xs">
            {reasons.map((r) => (
              <Radio key={r.id} value={r.id} label={label(r)} data-testid={`lost-reason-${r.key ?? r.id}`} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!value}
            onClick={() => value && onConfirm(value)}
            data-testid="lost-reason-confirm"
          >
            {t('sales.lostReason.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
