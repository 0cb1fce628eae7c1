import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
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
