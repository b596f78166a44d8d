import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../api/client.js';
import { ErrorAlert, Forbidden, PageLoader } from './page-states.js';

/** Loading, 403 and error states for a query, then the content. */
export function QueryView<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if (isApiError(query.error, 403)) return <Forbidden />;
    return <ErrorAlert error={query.error} onRetry={() => query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
