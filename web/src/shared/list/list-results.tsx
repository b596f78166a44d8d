import { Button, Center, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../page-states.js';

interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => unknown;
  fetchNextPage: () => unknown;
}

/**
 * The body of a paged list: a loader, the error (unless the filter builder already shows it),
 * the empty state, or the rows with "Load more".
 */
export function ListResults(props: {
  /** What `useCursorList` (or `useListPage`) returns. */
  results: { list: PagedQuery; rows: readonly unknown[]; filterInvalid?: boolean; narrowed?: boolean };
  empty: ReactNode;
  /** Shown instead of `empty` when a search or filter left nothing (`results.narrowed`). */
  noMatches?: ReactNode;
  emptyTestId?: string;
  moreTestId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { list, rows, filterInvalid, narrowed } = props.results;
  if (list.isPending) return <PageLoader />;
  if (list.isError && !filterInvalid) return <ErrorAlert error={list.error} onRetry={() => list.refetch()} />;
  if (rows.length === 0)
    return (
      <Center py="xl">
        <Text c="dimmed" data-testid={props.emptyTestId}>
          {narrowed && props.noMatches !== undefined ? props.noMatches : props.empty}
        </Text>
      </Center>
    );
  return (
    <>
      {props.children}
      {list.hasNextPage && (
        <Center>
          <Button
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => list.fetchNextPage()}
            data-testid={props.moreTestId}
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
    </>
  );
}
