import './matrix.css';

export { PermissionMatrix, type PermissionMatrixProps } from './permission-matrix';
export type { MatrixAxisItem } from './matrix-grid';
export {
  togglePending,
  cellValue,
  cellKey,
  filterByLabel,
  type MatrixChange,
  type Pending,
} from './pending-changes';
