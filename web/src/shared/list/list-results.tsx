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
  list: PagedQuery;
  count: number;
  filterInvalid?: boolean;
  empty: ReactNode;
  emptyTestId?: string;
  moreTestId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { list } = props;
  if (list.isPending) return <PageLoader />;
  if (list.isError && !props.filterInvalid)
    return <ErrorAlert error={list.error} onRetry={() => list.refetch()} />;
  if (props.count === 0)
    return (
      <Center py="xl">
        <Text c="dimmed" data-testid={props.emptyTestId}>
          {props.empty}
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
