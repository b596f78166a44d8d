import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCopyCheck, IconRefresh } from '@tabler/icons-react';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import { personName } from '../person-name.js';
import { type DuplicatePair, type DuplicateStatus, duplicatesApi, duplicatesKey } from './duplicates.api.js';
import { PairMergeModal } from './pair-merge-modal.js';

const STATUSES: DuplicateStatus[] = ['open', 'dismissed', 'merged'];

/** Customers → Duplicates: the server's queue of suspected pairs, best score first; merge or dismiss. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const [status, setStatus] = useState<DuplicateStatus>('open');
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const list = useInfiniteQuery({
    queryKey: [...duplicatesKey, 'queue', status],
    queryFn: ({ pageParam }) => duplicatesApi.queue(status, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  const dismiss = useMutation({
    mutationFn: duplicatesApi.dismiss,
    onSuccess: () => {
      notify.success(t('duplicates.dismissed'));
      return qc.invalidateQueries({ queryKey: duplicatesKey });
    },
    onError: notify.error,
  });
  const scan = useMutation({
    mutationFn: duplicatesApi.scan,
    onSuccess: () => notify.success(t('duplicates.scanStarted')),
    onError: notify.error,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const canEdit = can('people:update') && status === 'open';
  return (
    <Stack data-testid="duplicates-page">
      <Group justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as DuplicateStatus)}
          data={STATUSES.map((s) => ({ value: s, label: t(`duplicates.statuses.${s}`) }))}
          data-testid="duplicates-status"
        />
        {can('people:manage') && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            loading={scan.isPending}
            onClick={() => scan.mutate()}
          >
            {t('duplicates.scan')}
          </Button>
        )}
      </Group>
      {list.isLoading ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <Center py={48} data-testid="duplicates-empty">
          <Stack align="center" gap="xs" maw={420} ta="center">
            <ThemeIcon size={48} radius="xl" variant="light" color="teal">
              <IconCopyCheck size={26} />
            </ThemeIcon>
            <Title order={4}>{t(`duplicates.empty.${status}`)}</Title>
            <Text size="sm" c="dimmed">
              {t('duplicates.emptyHint')}
            </Text>
          </Stack>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" data-testid="duplicates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('duplicates.pair')}</Table.Th>
                <Table.Th>{t('duplicates.reason')}</Table.Th>
                <Table.Th>{t('duplicates.score')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((pair) => (
                <Table.Tr key={pair.id} data-testid="duplicates-row">
                  <Table.Td>
                    <Stack gap={2}>
                      {pair.people.map((p) => (
                        <Group key={p.id} gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/customers/people/${p.id}`} size="sm" fw={500}>
                            {personName(p)}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {[p.email, p.phone].filter(Boolean).join(' · ')}
                          </Text>
                        </Group>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {pair.reasons.map((r) => (
                        <Badge
                          key={`${r.kind}${r.value ?? ''}`}
                          size="sm"
                          variant="light"
                          title={r.value}
                          data-testid="duplicate-reason"
                        >
                          {t(`duplicates.reasons.${r.kind}`, { defaultValue: r.kind })}
                          {r.value ? `: ${r.value}` : ''}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={pair.score >= 85 ? 'red' : pair.score >= 70 ? 'orange' : 'gray'}>
                      {pair.score}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canEdit && (
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button
                          size="xs"
                          color="orange"
                          variant="light"
                          onClick={() => setMerging(pair)}
                          data-testid="queue-merge"
                        >
                          {t('duplicates.merge')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="gray"
                          loading={dismiss.isPending && dismiss.variables === pair.id}
                          onClick={() => dismiss.mutate(pair.id)}
                          data-testid="queue-dismiss"
                        >
                          {t('duplicates.dismiss')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
      {merging && <PairMergeModal pair={merging} onClose={() => setMerging(null)} />}
    </Stack>
  );
}
