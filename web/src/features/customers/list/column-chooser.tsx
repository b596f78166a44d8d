import { Button, Checkbox, Popover, ScrollArea, Stack } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListField } from '../filter/filter-model.js';

interface Props {
  fields: ListField[];
  columns: string[];
  onChange: (columns: string[]) => void;
}

/** Picks the visible list columns: the name column, standard fields and active custom fields. */
export function ColumnChooser({ fields, columns, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (name: string) =>
    onChange(columns.includes(name) ? columns.filter((c) => c !== name) : [...columns, name]);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />} data-testid="column-chooser">
          {t('people.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <ScrollArea.Autosize mah={360}>
          <Stack gap={6}>
            <Checkbox
              label={t('people.fields.name')}
              checked={columns.includes('name')}
              onChange={() => toggle('name')}
            />
            {fields.map((f) => (
              <Checkbox
                key={f.name}
                label={f.label ?? t(f.labelKey ?? 'filter.field')}
                checked={columns.includes(f.name)}
                onChange={() => toggle(f.name)}
                data-testid={`column-${f.name}`}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
