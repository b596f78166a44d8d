import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Range {
  from: string;
  to: string;
}

/** From/to calendar dates (YYYY-MM-DD); empty means open-ended. */
export function DateRange({ value, onChange }: { value: Range; onChange: (r: Range) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <TextInput
        type="date"
        label={t('sales.reports.from')}
        value={value.from}
        onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('sales.reports.to')}
        value={value.to}
        onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
      />
    </Group>
  );
}
