import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  /** The submit button's text, e.g. `t('common.create')` or `t('common.save')`. */
  submitLabel: string;
  /** The save is running: the submit button spins and cannot be pressed twice. */
  loading: boolean;
  submitTestId?: string;
}

/** The foot of a modal form: Cancel, then the submit button, at the right. */
export function FormActions({ onCancel, submitLabel, loading, submitTestId }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </Group>
  );
}
