import './code-editor.css';

// Nothing here imports Monaco: it is reached only through the lazy import inside CodeEditor.
export { CodeEditor, CodeDiffEditor } from './code-editor';
export { MarkerList } from './marker-list';
export { toEditorMarkers, hasErrors } from './markers';
export { buildDiagnosticsOptions, schemaEntry } from './json-schema-options';
export type { CodeDiffEditorProps, CodeEditorProps, EditorLanguage, EditorMarker, JsonSchema } from './types';
