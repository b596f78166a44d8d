import { Button, Center, Chip, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../api/types.js';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert } from '../../../shared/page-states.js';
import { timelineKey } from '../customers.api.js';
import type { TimelineEvent } from '../customers.types.js';
import { TimelineItem } from './timeline-item.js';

interface Props {
  entity: 'person' | 'company' | 'deal';
  entityId: string;
  /** Event type prefixes offered as filter chips (`person` = field changes of a person). */
  kinds: string[];
  load: (q: { cursor?: string | null; kind?: string }) => Promise<Page<TimelineEvent>>;
  addNote?: (body: string) => Promise<unknown>;
  labelOf: (field: string) => string;
  valueText?: (field: string, value: unknown) => string;
  /** Names people by id on a company's timeline (its people list). */
  personName?: (id: string) => string | undefined;
}

/** Newest first, loading older pages as the end scrolls into view; chips narrow it by kind. */
export function Timeline({ entity, entityId, kinds, load, addNote, labelOf, valueText, personName }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [selected, setSelected] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const kind = selected.length ? selected.join(',') : undefined;
  const query = useInfiniteQuery({
    queryKey: [...timelineKey(entity, entityId), kind ?? 'all'],
    queryFn: ({ pageParam }) => load({ cursor: pageParam, kind }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  const save = useMutation({
    mutationFn: () => addNote!(note.trim()),
    onSuccess: () => {
      setNote('');
      return qc.invalidateQueries({ queryKey: timelineKey(entity, entityId) });
    },
    onError: notify.error,
  });
  const end = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    const el = end.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver((entries) => {
      if (entries[0]?.isIntersecting && hasNextPage && !isFetchingNextPage) void fetchNextPage();
    });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const events = query.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="sm" data-testid="timeline">
      {addNote && (
        <Stack gap={4}>
          <Textarea
            aria-label={t('timeline.note')}
            placeholder={t('timeline.notePlaceholder')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            data-testid="note-input"
          />
          <Group justify="flex-end">
            <Button
              size="xs"
              disabled={!note.trim()}
              loading={save.isPending}
              onClick={() => save.mutate()}
              data-testid="note-add"
            >
              {t('timeline.addNote')}
            </Button>
          </Group>
        </Stack>
      )}
      <Chip.Group multiple value={selected} onChange={setSelected}>
        <Group gap={6}>
          {kinds.map((k) => (
            <Chip key={k} value={k} size="xs" data-testid={`timeline-kind-${k}`}>
              {t(`timeline.kinds.${k}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {query.isPending ? (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      ) : query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('timeline.empty')}
        </Text>
      ) : (
        events.map((e) => (
          <TimelineItem
            key={e.id}
            event={e}
            labelOf={labelOf}
            valueText={valueText}
            viewing={entity === 'deal' ? undefined : entity}
            personName={personName}
          />
        ))
      )}
      <div ref={end} />
      {hasNextPage && (
        <Center>
          <Button size="xs" variant="default" loading={isFetchingNextPage} onClick={() => fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
