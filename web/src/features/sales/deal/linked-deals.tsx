import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMoney } from '../money.js';
import { salesApi, useLabel, usePipelines } from '../sales.api.js';

/** The deals of a person or company (newest first), each linking to the deal drawer on the board. */
export function LinkedDeals({ field, id }: { field: 'personId' | 'companyId'; id: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const label = useLabel();
  const stages = (usePipelines().data ?? []).flatMap((p) => p.stages);
  const filter = JSON.stringify({ field, op: 'eq', value: id });
  const deals = useQuery({
    queryKey: ['deals', 'linked', field, id],
    queryFn: () => salesApi.list({ filter, limit: 20 }),
  });
  const rows = deals.data?.data ?? [];
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('sales.noLinkedDeals')}
      </Text>
    );
  return (
    <Stack gap={6} data-testid="linked-deals">
      {rows.map((d) => {
        const stage = stages.find((s) => s.id === d.stageId);
        return (
          <Group key={d.id} justify="space-between" wrap="nowrap">
            <Anchor
              component={Link}
              to={`/sales/board?pipeline=${d.pipelineId}&deal=${d.id}`}
              size="sm"
              truncate
            >
              {d.title}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{money(d.amount, d.currency)}</Text>
              {stage && (
                <Badge
                  variant="light"
                  color={stage.kind === 'won' ? 'teal' : stage.kind === 'lost' ? 'red' : 'blue'}
                >
                  {label(stage)}
                </Badge>
              )}
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
