import './states.css';

export { Skeleton, type SkeletonProps } from './skeleton';
export { ErrorPanel, type ErrorPanelProps } from './error-panel';
export { EmptyState, type EmptyStateProps } from './empty-state';
export { QueryBoundary, type QueryBoundaryProps, type QueryLike } from './query-boundary';
export { PageHeader, type PageHeaderProps } from './page-header';
