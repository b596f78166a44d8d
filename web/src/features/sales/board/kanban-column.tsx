import { Badge, Group, Paper, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../money.js';
import { useLabel } from '../sales.api.js';
import type { BoardColumn, Stage } from '../sales.types.js';
import { DealCard } from './deal-card.js';

interface Props {
  column: BoardColumn;
  stages: Stage[];
  canMove: boolean;
  onOpen: (dealId: string) => void;
  /** Move `dealId` into this column at `position` (undefined = the end). */
  onDrop: (dealId: string, stageId: string, position?: number) => void;
}

const KIND_COLOR = { open: 'blue', won: 'teal', lost: 'red' } as const;

/** One stage: header with count, probability and totals per currency; the whole column is a drop zone. */
export function KanbanColumn({ column, stages, canMove, onOpen, onDrop }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const label = useLabel();
  const [over, setOver] = useState(false);
  const { stage } = column;
  return (
    <Paper
      withBorder
      p="xs"
      radius="md"
      w={236}
      miw={236}
      mih="calc(100vh - 240px)"
      bg={over ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-default-hover)'}
      onDragOver={(e) => {
        if (!canMove) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = e.dataTransfer.getData('text/plain');
        if (id) onDrop(id, stage.id);
      }}
      data-testid={`kanban-column-${stage.key ?? stage.id}`}
      aria-label={label(stage)}
    >
      <Stack gap={4} mb="xs">
        <Group justify="space-between" wrap="nowrap">
          {/* Long stage names (Latvian, Russian) wrap (three lines at most); the title shows a longer one whole. */}
          <Text fw={600} size="sm" lineClamp={3} title={label(stage)} style={{ overflowWrap: 'break-word' }}>
            {label(stage)}
          </Text>
          <Badge variant="light" color={KIND_COLOR[stage.kind]} data-testid="column-count">
            {column.count}
          </Badge>
        </Group>
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            {t(`sales.kind.${stage.kind}`)} · {stage.probability}%
          </Text>
          {column.totals.length === 0 ? (
            <Text size="xs" c="dimmed" data-testid="column-total">
              {money(0, 'EUR')}
            </Text>
          ) : (
            column.totals.map((x) => (
              <Text key={x.currency} size="xs" fw={600} data-testid="column-total">
                {money(x.amount, x.currency)}
              </Text>
            ))
          )}
        </Group>
      </Stack>
      <ScrollArea.Autosize mah="calc(100vh - 320px)" type="auto">
        <Stack gap={6} mih={60}>
          {column.deals.map((d, i) => (
            <DealCard
              key={d.id}
              deal={d}
              stages={stages}
              canMove={canMove}
              onOpen={() => onOpen(d.id)}
              onMove={(stageId) => onDrop(d.id, stageId)}
              onDropBefore={(dragged) => onDrop(dragged, stage.id, i)}
            />
          ))}
          {column.deals.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" py="md">
              {t('sales.emptyColumn')}
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
