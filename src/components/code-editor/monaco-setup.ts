import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
// editor.api is the bare editor; these are the contributions an operator expects (schema completion and
// hovers, find, folding, format, problems navigation). The outline service (documentSymbols) is also what
// the diff editor's unchanged-region breadcrumbs need.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
// Highlighting only: the tokenizers load on first use from our own chunks, and need no worker.
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/css/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { buildDiagnosticsOptions, schemaEntry, type SchemaEntry } from './json-schema-options';
import type { JsonSchema } from './types';

// Workers come from our own bundle (Vite's ?worker), never a CDN; this must run before any editor exists.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

const schemas = new Map<string, SchemaEntry>();

/** Registers this model's schema among all mounted editors'; returns the cleanup for unmount. */
export function applySchema(modelUri: string, schema: JsonSchema | undefined): () => void {
  if (schema) schemas.set(modelUri, schemaEntry(modelUri, schema));
  else schemas.delete(modelUri);
  jsonDefaults.setDiagnosticsOptions(buildDiagnosticsOptions(schemas.values()));
  return () => {
    schemas.delete(modelUri);
    jsonDefaults.setDiagnosticsOptions(buildDiagnosticsOptions(schemas.values()));
  };
}

export { monaco };
