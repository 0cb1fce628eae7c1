export { BulkDeleteButton, type BulkDeleteButtonProps } from './bulk-delete-button';
