import { Button, Group, Modal, Radio, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import { peopleApi, peopleKey, useFields } from '../customers.api.js';
import type { Person } from '../customers.types.js';
import { personName } from '../person-name.js';
import { useFieldLabel } from '../timeline/use-field-label.js';
import { duplicatesApi, duplicatesKey, MERGE_FIELDS } from './duplicates.api.js';

const show = (v: unknown) =>
  v === null || v === undefined || v === ''
    ? '—'
    : typeof v === 'object'
      ? Object.values(v as object)
          .filter(Boolean)
          .join(', ')
      : String(v);

function fieldValue(p: Person, field: string): unknown {
  return field.startsWith('custom.')
    ? p.custom[field.slice(7)]
    : (p as unknown as Record<string, unknown>)[field];
}

/** Merges `otherId` into `survivor`: for every field where they differ, the user picks whose value stays. */
export function MergeModal({
  survivor,
  otherId,
  onClose,
  header,
  stay = false,
}: {
  survivor: Person;
  otherId: string;
  onClose: () => void;
  /** Shown above the field table (the queue puts its "which one stays" switch here). */
  header?: React.ReactNode;
  /** Stay on the current page after merging instead of opening the survivor. */
  stay?: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const navigate = useNavigate();
  const labelOf = useFieldLabel('person', 'people');
  const defs = useFields('person').data ?? [];
  const other = useQuery({ queryKey: ['person', otherId], queryFn: () => peopleApi.get(otherId) });
  const [values, setValues] = useState<Record<string, 'survivor' | 'merged'>>({});
  const fields = [...MERGE_FIELDS, ...defs.map((d) => `custom.${d.key}`)];
  const differing = other.data
    ? fields.filter(
        (f) =>
          show(fieldValue(survivor, f)) !== show(fieldValue(other.data, f)) &&
          show(fieldValue(other.data, f)) !== '—',
      )
    : [];
  const merge = useMutation({
    mutationFn: () => duplicatesApi.merge({ survivorId: survivor.id, mergedId: otherId, values }),
    onSuccess: (saved) => {
      notify.success(t('duplicates.merged'));
      void qc.invalidateQueries({ queryKey: duplicatesKey });
      void qc.invalidateQueries({ queryKey: peopleKey });
      void qc.invalidateQueries({ queryKey: ['person'] });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      onClose();
      if (!stay) navigate(`/customers/people/${saved.id}`);
    },
    onError: notify.errorWith({
      title: t('duplicates.notMerged'),
      labels: Object.fromEntries(fields.map((f) => [`values.${f}`, labelOf(f)])),
    }),
  });
  return (
    <Modal opened onClose={onClose} title={t('duplicates.mergeTitle')} size="lg" centered>
      <Stack>
        {header}
        <Text size="sm">
          {t('duplicates.mergeText', {
            merged: other.data ? personName(other.data) : '…',
            survivor: personName(survivor),
          })}
        </Text>
        {differing.length > 0 && (
          <Table verticalSpacing={4} data-testid="merge-fields">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('filter.field')}</Table.Th>
                <Table.Th>{personName(survivor)}</Table.Th>
                <Table.Th>{other.data ? personName(other.data) : ''}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {differing.map((f) => (
                <Table.Tr key={f}>
                  <Table.Td>{labelOf(f)}</Table.Td>
                  {(['survivor', 'merged'] as const).map((side) => (
                    <Table.Td key={side}>
                      <Radio
                        name={f}
                        label={show(fieldValue(side === 'survivor' ? survivor : other.data!, f))}
                        checked={(values[f] ?? 'survivor') === side}
                        onChange={() => setValues({ ...values, [f]: side })}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="xs" c="dimmed">
          {t('duplicates.unionNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={merge.isPending}
            disabled={!other.data}
            onClick={() => merge.mutate()}
            data-testid="merge-confirm"
          >
            {t('duplicates.merge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
