import { Center, Loader, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peopleApi, personKey } from '../customers.api.js';
import { personName } from '../person-name.js';
import type { DuplicatePair } from './duplicates.api.js';
import { MergeModal } from './merge-modal.js';

/**
 * The person page's merge dialog opened from the queue: the user first picks which of the two stays
 * (the older record by default: the queue lists it first), then which values to keep.
 */
export function PairMergeModal({ pair, onClose }: { pair: DuplicatePair; onClose: () => void }) {
  const { t } = useTranslation();
  const [first, second] = pair.people;
  const [survivorId, setSurvivorId] = useState(first!.id);
  const otherId = survivorId === first!.id ? second!.id : first!.id;
  const survivor = useQuery({ queryKey: personKey(survivorId), queryFn: () => peopleApi.get(survivorId) });
  if (!survivor.data)
    return (
      <Modal opened onClose={onClose} title={t('duplicates.mergeTitle')} centered>
        <Center py="md">{survivor.isError ? <Text c="red">{t('errors.title')}</Text> : <Loader />}</Center>
      </Modal>
    );
  return (
    <MergeModal
      key={survivorId}
      survivor={survivor.data}
      otherId={otherId}
      onClose={onClose}
      stay
      header={
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('duplicates.keep')}
          </Text>
          <SegmentedControl
            value={survivorId}
            onChange={setSurvivorId}
            data={pair.people.map((p) => ({ value: p.id, label: personName(p) }))}
            data-testid="merge-survivor"
          />
        </Stack>
      }
    />
  );
}
