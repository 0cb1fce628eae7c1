import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from './empty-state';
import { ErrorPanel } from './error-panel';
import { Skeleton } from './skeleton';

/** The part of a query result the boundary reads; any `useQuery` result fits. */
export type QueryLike<T> = Pick<UseQueryResult<T>, 'status' | 'data' | 'error' | 'isFetching'> & {
  refetch: () => unknown;
};

export type QueryBoundaryProps<T> = {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** Decides when loaded data counts as empty; e.g. `(d) => d.items.length === 0`. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  pending?: ReactNode;
  errorTitle?: ReactNode;
};

/**
 * Renders exactly one of the three states of a query, so no page forgets one: a skeleton while pending,
 * an error panel with retry, the empty state, or the data. Data already shown stays visible while a
 * background refetch fails; the error then is a toast's business, not the page's.
 */
export function QueryBoundary<T>({
  query,
  children,
  isEmpty,
  empty,
  pending,
  errorTitle,
}: QueryBoundaryProps<T>) {
  if (query.status === 'pending') return <>{pending ?? <Skeleton />}</>;
  if (query.status === 'error' && query.data === undefined) {
    return (
      <ErrorPanel
        error={query.error}
        title={errorTitle}
        retrying={query.isFetching}
        onRetry={() => void query.refetch()}
      />
    );
  }
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty ?? <EmptyState />}</>;
  return <>{children(data)}</>;
}
