// Vendor-neutral pieces of a policy document editor; each vendor brings its own schema and rules.
export { useDraft, readDraft } from './use-draft';
export { lineDiff, type DiffLine } from './line-diff';
export { jsonErrorAt, lineColumn } from './json-error-at';
