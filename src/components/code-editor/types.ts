/** JSON is validated against a schema; HTML and CSS are highlighted (Monaco's basic languages); plaintext is plain. */
export type EditorLanguage = 'json' | 'plaintext' | 'html' | 'css';

/** A validation problem, flattened from Monaco's marker so callers need no Monaco types. */
export type EditorMarker = {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
};

/** A JSON Schema as a plain object; Monaco's JSON worker reads draft-07 and 2020-12 keywords. */
export type JsonSchema = Record<string, unknown>;

export type CodeEditorProps = {
  value: string;
  onChange?: (value: string) => void;
  language?: EditorLanguage;
  /** Validates and completes the content; applies to this editor's model only. */
  schema?: JsonSchema;
  readOnly?: boolean;
  /** Pixels or any CSS length. */
  height?: number | string;
  /** Called with the current markers whenever validation finishes. */
  onValidate?: (markers: EditorMarker[]) => void;
  /** The accessible name, e.g. "Policy document". */
  label: string;
};

export type CodeDiffEditorProps = {
  original: string;
  modified: string;
  onChange?: (modified: string) => void;
  language?: EditorLanguage;
  /** Inline (one column) instead of side by side. */
  inline?: boolean;
  readOnly?: boolean;
  height?: number | string;
  label: string;
};
