import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { QueryView } from '../../../shared/query-view.js';
import { useRuleRuns } from './automation.api.js';

const COLOR = { done: 'teal', skipped: 'gray', failed: 'red', running: 'blue' } as const;

/** A rule's run history, newest first. */
export function RuleRunsTable({ ruleId }: { ruleId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const runs = useRuleRuns(ruleId);
  return (
    <QueryView query={runs}>
      {(data) =>
        data.length === 0 ? (
          <Text c="dimmed">{t('automation.noRuns')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="rule-runs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('automation.runs.at')}</Table.Th>
                <Table.Th>{t('automation.runs.record')}</Table.Th>
                <Table.Th>{t('automation.runs.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((r) => (
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
              ))}
            </Table.Tbody>
          </Table>
        )
      }
    </QueryView>
  );
}
