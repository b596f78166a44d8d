import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import type { ListField } from '../filter/filter-model.js';

/** A list cell or read-only field value, formatted by the field's type. */
export function CellValue({ field, value }: { field?: ListField; value: unknown }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return <>—</>;
  if (Array.isArray(value))
    return (
      <Group gap={4}>
        {value.map((v) => (
          <Badge key={String(v)} size="sm" variant="light">
            {String(v)}
          </Badge>
        ))}
      </Group>
    );
  switch (field?.type) {
    case 'datetime':
      return <>{fmt.dateTime(value as number)}</>;
    case 'date':
      return <>{fmt.date(String(value))}</>;
    case 'boolean':
      return <>{value ? t('common.yes') : t('common.no')}</>;
    case 'money': {
      const m = value as { amount: number; currency: string };
      return <>{`${fmt.number(m.amount / 100)} ${m.currency ?? ''}`}</>;
    }
    case 'select':
      return <>{field.options?.find((o) => o.value === value)?.label ?? String(value)}</>;
    default:
      return <>{typeof value === 'object' ? JSON.stringify(value) : String(value)}</>;
  }
}
