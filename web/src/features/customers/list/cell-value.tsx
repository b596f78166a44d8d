import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import type { ListField } from '../filter/filter-model.js';
import { fieldValueText, optionText } from './value-text.js';

/** A list cell or read-only field value, formatted by the field's type; lists (tags, multi-select) as badges. */
export function CellValue({ field, value }: { field?: ListField; value: unknown }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (Array.isArray(value) && value.length > 0)
    return (
      <Group gap={4}>
        {value.map((v) => (
          <Badge key={String(v)} size="sm" variant="light">
            {optionText(field, v)}
          </Badge>
        ))}
      </Group>
    );
  return <>{fieldValueText(field, value, fmt, { yes: t('common.yes'), no: t('common.no') })}</>;
}
