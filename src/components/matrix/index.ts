import './matrix.css';

export { Matrix, type MatrixProps, type StagedMatrixProps, type ImmediateMatrixProps } from './matrix';
export type { MatrixCommonProps } from './matrix-frame';
export { PermissionMatrix, type PermissionMatrixProps } from './permission-matrix';
export {
  booleanCells,
  toBooleanCell,
  type BooleanCell,
  type CellKind,
  type CellStateSpec,
  type MatrixAxisItem,
  type MatrixCellChange,
} from './cell-kinds';
export { MatrixGrid, type MatrixGridProps } from './matrix-grid';
export type { MatrixCellView } from './matrix-row';
export { useImmediateCells, type ImmediateCells, type ImmediateCellsOptions } from './use-immediate-cells';
export {
  useStagedCells,
  type StagedCells,
  type StagedCellsOptions,
  type StagedSave,
} from './use-staged-cells';
export {
  togglePending,
  cellValue,
  cellKey,
  filterByLabel,
  type MatrixChange,
  type Pending,
} from './pending-changes';
