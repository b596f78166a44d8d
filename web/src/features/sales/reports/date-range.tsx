import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../shared/date-field.js';

export interface Range {
  from: string;
  to: string;
}

/** From/to calendar dates (YYYY-MM-DD); empty means open-ended. */
export function DateRange({ value, onChange }: { value: Range; onChange: (r: Range) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <DateField
        clearable
        label={t('sales.reports.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <DateField
        clearable
        label={t('sales.reports.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </Group>
  );
}
