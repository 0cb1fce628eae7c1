import './bulk-run.css';

export {
  useBulkRun,
  type BulkRun,
  type BulkRunOptions,
  type BulkRunStatus,
  type BulkItemResult,
  type BulkItemStatus,
} from './use-bulk-run';
export { BulkProgress, type BulkProgressProps } from './bulk-progress';
