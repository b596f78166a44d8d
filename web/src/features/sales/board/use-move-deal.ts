import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { boardKey, dealsKey, salesApi } from '../sales.api.js';
import type { Board } from '../sales.types.js';
import { applyMove, type MoveArgs } from './apply-move.js';

/** Moves a deal with an optimistic board update; an error puts the card back and says why. */
export function useMoveDeal(pipelineId: string | undefined) {
  const qc = useQueryClient();
  const refused = useMoveRefused();
  const key = boardKey(pipelineId);
  return useMutation({
    mutationFn: (m: MoveArgs) =>
      salesApi.move(m.deal.id, { stageId: m.stageId, position: m.position, lostReasonId: m.lostReasonId }),
    onMutate: async (m) => {
      await qc.cancelQueries({ queryKey: key });
      const before = qc.getQueryData<Board>(key);
      if (before) qc.setQueryData<Board>(key, applyMove(before, m));
      return { before };
    },
    onError: (err, _m, snapshot) => {
      if (snapshot?.before) qc.setQueryData(key, snapshot.before);
      refused(err);
    },
    onSettled: () => qc.invalidateQueries({ queryKey: dealsKey }),
  });
}

/** The toast of a refused move (board or drawer): that the deal stayed, and why in the user's words. */
export function useMoveRefused() {
  const { t } = useTranslation();
  const notify = useNotify();
  return notify.errorWith({
    title: t('sales.notMoved'),
    labels: { stageId: t('sales.fields.stage'), lostReasonId: t('sales.lostReason.label') },
  });
}
