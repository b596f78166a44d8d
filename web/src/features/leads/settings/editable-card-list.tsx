import { ActionIcon, Button, Card, Checkbox, Group, Stack } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T extends { required: boolean }> {
  rows: T[];
  onChange: (rows: T[]) => void;
  /** The row's own inputs, in one line before "required" and the delete button. */
  controls: (row: T, set: (patch: Partial<T>) => void) => ReactNode;
  /** What stands under that line (the texts in each language). */
  below: (row: T, set: (patch: Partial<T>) => void) => ReactNode;
  addLabel: string;
  newRow: () => T;
}

/** A form's fields or consents: one card a row, each with "required" and delete; a button adds a row. */
export function EditableCardList<T extends { required: boolean }>({
  rows,
  onChange,
  controls,
  below,
  addLabel,
  newRow,
}: Props<T>) {
  const { t } = useTranslation();
  const setter = (i: number) => (patch: Partial<T>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Stack gap="xs">
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place (a key from the content would remount inputs while typing)
        <Card key={i} withBorder padding="xs">
          <Group align="end">
            {controls(row, setter(i))}
            <Checkbox
              label={t('leads.forms.required')}
              checked={row.required}
              onChange={(e) => setter(i)({ required: e.currentTarget.checked } as Partial<T>)}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('common.delete')}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          {below(row, setter(i))}
        </Card>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={() => onChange([...rows, newRow()])}
      >
        {addLabel}
      </Button>
    </Stack>
  );
}
