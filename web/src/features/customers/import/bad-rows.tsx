import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { importErrorText } from './import-error-text.js';
import { useImportErrors } from './imports.api.js';

const SHOWN = 10;

/** The first rejected rows of a finished import: line, column, the cell and why, in the user's language. */
export function BadRows({ importId, failed }: { importId: string; failed: number }) {
  const { t } = useTranslation();
  const errors = useImportErrors(importId, failed > 0, SHOWN);
  if (failed === 0) return null;
  return (
    <Stack gap="xs" data-testid="import-bad-rows">
      <Text size="sm" fw={500}>
        {t('imports.badRows.title')}
      </Text>
      <QueryRowsTable
        query={errors}
        empty="—"
        minWidth={560}
        headers={[
          t('imports.badRows.line'),
          t('imports.badRows.column'),
          t('imports.badRows.value'),
          t('imports.badRows.reason'),
        ]}
      >
        {(e) => (
          <Table.Tr key={`${e.line}-${e.column ?? ''}-${e.reason}`}>
            <Table.Td>{e.line}</Table.Td>
            <Table.Td>{e.column ?? '—'}</Table.Td>
            <Table.Td>
              <Text size="sm" truncate maw={200} title={e.value ?? undefined}>
                {e.value ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>{importErrorText(e)}</Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      {failed > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('imports.badRows.more')}
        </Text>
      )}
    </Stack>
  );
}
