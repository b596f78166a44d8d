import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import type { Person } from '../customers.types.js';
import { personName } from '../person-name.js';
import { duplicatesApi, duplicatesKey } from './duplicates.api.js';
import { MergeModal } from './merge-modal.js';

/** Possible duplicates of this person from the server's queue, each to merge in or dismiss. */
export function DuplicatesSection({ person, canEdit }: { person: Person; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [merging, setMerging] = useState<string | null>(null);
  const pairs = useQuery({
    queryKey: [...duplicatesKey, person.id],
    queryFn: () => duplicatesApi.forPerson(person.id),
    select: (p) => p.data,
    retry: false,
  });
  const dismiss = useMutation({
    mutationFn: duplicatesApi.dismiss,
    onSuccess: () => qc.invalidateQueries({ queryKey: duplicatesKey }),
    onError: notify.error,
  });
  const list = pairs.data ?? [];
  if (list.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="duplicates">
      <Text fw={600} size="sm" c="orange">
        {t('duplicates.title', { count: list.length })}
      </Text>
      {list.map((pair) => {
        const other = pair.people.find((p) => p.id !== person.id);
        if (!other) return null;
        return (
          <Group key={pair.id} justify="space-between" data-testid="duplicate-pair">
            <Group gap="xs">
              <Anchor component={Link} to={`/customers/people/${other.id}`} size="sm">
                {personName(other)}
              </Anchor>
              {pair.reasons.map((r) => (
                <Badge key={`${r.kind}${r.value ?? ''}`} size="xs" variant="light">
                  {t(`duplicates.reasons.${r.kind}`, { defaultValue: r.kind })}
                </Badge>
              ))}
              <Text size="xs" c="dimmed">
                {pair.score}%
              </Text>
            </Group>
            {canEdit && (
              <Group gap="xs">
                <Button
                  size="xs"
                  color="orange"
                  variant="light"
                  onClick={() => setMerging(other.id)}
                  data-testid="duplicate-merge"
                >
                  {t('duplicates.mergeHere')}
                </Button>
                <Button size="xs" variant="subtle" color="gray" onClick={() => dismiss.mutate(pair.id)}>
                  {t('duplicates.dismiss')}
                </Button>
              </Group>
            )}
          </Group>
        );
      })}
      {merging && <MergeModal survivor={person} otherId={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}
