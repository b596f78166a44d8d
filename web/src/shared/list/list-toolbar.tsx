import { Badge, Button, TextInput } from '@mantine/core';
import { IconDownload, IconFilter, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../api/client.js';

/** The quick-search box at the head of a list. */
export function ListSearch(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  return (
    <TextInput
      leftSection={<IconSearch size={16} />}
      placeholder={props.label}
      aria-label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      w={260}
      data-testid={props.testId}
    />
  );
}

/** Shows or hides the filter builder; the badge counts the applied conditions. */
export function FilterToggle(props: { open: boolean; conditions: number; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant={props.open ? 'light' : 'default'}
      leftSection={<IconFilter size={16} />}
      rightSection={
        props.conditions ? (
          <Badge size="xs" circle>
            {props.conditions}
          </Badge>
        ) : null
      }
      onClick={props.onToggle}
      data-testid="filter-toggle"
    >
      {t('filter.title')}
    </Button>
  );
}

/** Downloads the list as it is filtered and sorted now (`?format=csv`, streamed by the server). */
export function ExportButton(props: {
  /** The list endpoint, e.g. `/companies`. */
  path: string;
  query: Record<string, string | undefined>;
  fileName: string;
  label: string;
  testId?: string;
}) {
  return (
    <Button
      component="a"
      variant="default"
      href={buildUrl(props.path, { ...props.query, format: 'csv' })}
      download={props.fileName}
      leftSection={<IconDownload size={16} />}
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}
