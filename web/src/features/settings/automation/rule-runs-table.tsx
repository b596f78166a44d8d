import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { useRuleRuns } from './automation.api.js';

const COLOR = { done: 'teal', skipped: 'gray', failed: 'red', running: 'blue' } as const;

/** A rule's run history, newest first. */
export function RuleRunsTable({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const runs = useRuleRuns(ruleId);
  return (
    <QueryRowsTable
      query={runs}
      empty={t('automation.noRuns')}
      headers={[t('automation.runs.at'), t('automation.runs.record'), t('automation.runs.status')]}
      verticalSpacing="xs"
      data-testid="rule-runs"
    >
      {(r) => (
        <Table.Tr key={r.id}>
          <Table.Td>{fmt.dateTime(r.at)}</Table.Td>
          <Table.Td>
            {r.entityType ? t(`automation.entities.${r.entityType}`) : ''} {r.entityId}
          </Table.Td>
          <Table.Td>
            <Badge color={COLOR[r.status]} variant="light">
              {t(`automation.runs.statuses.${r.status}`)}
            </Badge>
            {r.error && (
              <Text size="xs" c="red">
                {r.error}
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </QueryRowsTable>
  );
}
