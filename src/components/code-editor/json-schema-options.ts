import type { JsonSchema } from './types';

export type SchemaEntry = { uri: string; fileMatch: string[]; schema: JsonSchema };

/**
 * The schema entry for one editor: matched only to that editor's model URI, so two editors on a page with
 * different schemas do not validate against each other's.
 */
export function schemaEntry(modelUri: string, schema: JsonSchema): SchemaEntry {
  return { uri: `${modelUri}.schema.json`, fileMatch: [modelUri], schema };
}

/**
 * Monaco's JSON diagnostics options are global to the language; this builds them from every mounted
 * editor's entry. Schema requests stay off: a schema `$ref` must never make the browser fetch a URL.
 */
export function buildDiagnosticsOptions(entries: Iterable<SchemaEntry>) {
  return {
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemaRequest: 'ignore' as const,
    schemas: [...entries],
  };
}
