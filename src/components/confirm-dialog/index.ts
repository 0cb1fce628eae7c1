import './confirm-dialog.css';

export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { useConfirm, type ConfirmOptions } from './use-confirm';
export { useModalDialog } from './use-modal-dialog';
