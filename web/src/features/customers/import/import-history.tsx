import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { useCan } from '../../auth/use-session.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { ENTITY_LABEL, type ImportEntity } from './column-mapping.js';
import { type ImportView, importsApi, useImportHistory } from './imports.api.js';

const STATUS_COLOR: Record<string, string> = {
  queued: 'gray',
  running: 'blue',
  done: 'green',
  failed: 'red',
  cancelled: 'orange',
};

/** The latest imports the user may see: file, who and when, outcome, and each error report. */
export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const history = useImportHistory(can('imports:read'));
  const users = useUserOptions();
  if (!can('imports:read')) return null;
  const who = (imp: ImportView) =>
    imp.ownerId
      ? (users.data?.find((u) => u.id === imp.ownerId)?.name ?? imp.ownerId)
      : t('imports.history.commandLine');
  return (
    <Stack gap="xs" mt="xl" data-testid="import-history">
      <Title order={4}>{t('imports.history.title')}</Title>
      <QueryRowsTable
        query={history}
        empty={t('imports.history.empty')}
        minWidth={760}
        headers={[
          t('imports.history.started'),
          t('imports.history.file'),
          t('imports.history.entity'),
          t('imports.history.status'),
          t('imports.counts.created'),
          t('imports.counts.updated'),
          t('imports.counts.failed'),
          t('imports.history.by'),
        ]}
      >
        {(imp) => (
          <Table.Tr key={imp.id} data-testid={`import-row-${imp.id}`}>
            <Table.Td>{fmt.dateTime(imp.createdAt)}</Table.Td>
            <Table.Td>
              <Text size="sm" truncate maw={220} title={imp.fileName ?? undefined}>
                {imp.fileName ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td>{t(ENTITY_LABEL[imp.entity as ImportEntity] ?? imp.entity)}</Table.Td>
            <Table.Td>
              <Badge
                variant="light"
                color={STATUS_COLOR[imp.status] ?? 'gray'}
                title={imp.error ?? undefined}
              >
                {t(`imports.history.statuses.${imp.status}`, { defaultValue: imp.status })}
              </Badge>
              {imp.status === 'running' && imp.progress.total ? (
                <Text size="xs" c="dimmed">
                  {t('imports.rowsDone', {
                    done: fmt.number(imp.progress.done),
                    total: fmt.number(imp.progress.total),
                  })}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{fmt.number(imp.counts.created)}</Table.Td>
            <Table.Td>{fmt.number(imp.counts.updated)}</Table.Td>
            <Table.Td>
              {imp.counts.failed > 0 ? (
                <Anchor
                  href={importsApi.errorsUrl(imp.id, i18n.resolvedLanguage ?? 'en')}
                  download
                  c="red"
                  size="sm"
                >
                  {t('imports.history.failedReport', { count: imp.counts.failed })}
                </Anchor>
              ) : (
                '0'
              )}
            </Table.Td>
            <Table.Td>{who(imp)}</Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
    </Stack>
  );
}
