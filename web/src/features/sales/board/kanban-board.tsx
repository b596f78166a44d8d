import { Group, ScrollArea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import { boardKey, salesApi } from '../sales.api.js';
import type { Board } from '../sales.types.js';
import { useSales } from '../sales-layout.js';
import type { MoveArgs } from './apply-move.js';
import { KanbanColumn } from './kanban-column.js';
import { LostReasonModal } from './lost-reason-modal.js';
import { useMoveDeal } from './use-move-deal.js';

/** The kanban: native HTML5 drag and drop between columns, optimistic, lost stages ask for a reason. */
export function KanbanBoard() {
  const { pipeline, openDeal } = useSales();
  const can = useCan();
  const qc = useQueryClient();
  const key = boardKey(pipeline?.id);
  const board = useQuery({ queryKey: key, queryFn: () => salesApi.board(pipeline?.id), enabled: !!pipeline });
  const move = useMoveDeal(pipeline?.id);
  const [pendingLost, setPendingLost] = useState<MoveArgs | null>(null);
  if (!pipeline || board.isPending) return <PageLoader />;
  if (board.isError) return <ErrorAlert error={board.error} onRetry={() => board.refetch()} />;
  const columns = board.data.columns;
  const stages = columns.map((c) => c.stage);

  const onDrop = (dealId: string, stageId: string, position?: number) => {
    const current = qc.getQueryData<Board>(key) ?? board.data;
    const deal = current.columns.flatMap((c) => c.deals).find((d) => d.id === dealId);
    if (!deal) return;
    const target = stages.find((s) => s.id === stageId);
    const args: MoveArgs = { deal, stageId, position };
    if (target?.kind === 'lost' && deal.stageId !== stageId) setPendingLost(args);
    else move.mutate(args);
  };

  return (
    <>
      <ScrollArea type="auto" offsetScrollbars data-testid="kanban">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          {columns.map((c) => (
            <KanbanColumn
              key={c.stage.id}
              column={c}
              stages={stages}
              canMove={can('deals:update')}
              onOpen={openDeal}
              onDrop={onDrop}
            />
          ))}
        </Group>
      </ScrollArea>
      {pendingLost && (
        <LostReasonModal
          onCancel={() => setPendingLost(null)}
          onConfirm={(lostReasonId) => {
            move.mutate({ ...pendingLost, lostReasonId });
            setPendingLost(null);
          }}
        />
      )}
    </>
  );
}
