import { describe, expect, it } from 'vitest';
import { buildDiagnosticsOptions, schemaEntry } from './json-schema-options';
import { hasErrors, toEditorMarkers } from './markers';
import { resolveScheme } from './color-scheme';
import { modelPath } from './model-path';

describe('model paths', () => {
  it("end in the language's extension and keep only safe characters of the editor id", () => {
    expect(modelPath(':r1:', 'html')).toBe('inmemory://tessera/editor-r1.html');
    expect(modelPath(':r1:', 'css')).toBe('inmemory://tessera/editor-r1.css');
    expect(modelPath('«r2»', 'json')).toBe('inmemory://tessera/editor-r2.json');
    expect(modelPath('r3', 'plaintext')).toBe('inmemory://tessera/editor-r3.txt');
  });
});

describe('schema wiring', () => {
  it('matches a schema to its own model only', () => {
    const s = { type: 'object', required: ['Version'] };
    expect(schemaEntry('inmemory://tessera/editor-a.json', s)).toEqual({
      uri: 'inmemory://tessera/editor-a.json.schema.json',
      fileMatch: ['inmemory://tessera/editor-a.json'],
      schema: s,
    });
  });

  it('combines every editor and never fetches schemas', () => {
    const a = schemaEntry('inmemory://a.json', { type: 'object' });
    const b = schemaEntry('inmemory://b.json', { type: 'array' });
    const opts = buildDiagnosticsOptions([a, b]);
    expect(opts.schemas).toEqual([a, b]);
    expect(opts.validate).toBe(true);
    expect(opts.enableSchemaRequest).toBe(false);
  });
});

describe('toEditorMarkers', () => {
  it('maps severities and orders errors first, then by position', () => {
    const markers = toEditorMarkers([
      { severity: 4, message: 'Missing property "Version".', startLineNumber: 1, startColumn: 1 },
      { severity: 8, message: 'Expected comma', startLineNumber: 3, startColumn: 5 },
      { severity: 8, message: 'Value expected', startLineNumber: 2, startColumn: 9 },
      { severity: 1, message: 'hint', startLineNumber: 1, startColumn: 1 },
    ]);
    expect(markers.map((m) => [m.severity, m.line, m.column])).toEqual([
      ['error', 2, 9],
      ['error', 3, 5],
      ['warning', 1, 1],
      ['info', 1, 1],
    ]);
    expect(hasErrors(markers)).toBe(true);
    expect(hasErrors(markers.filter((m) => m.severity !== 'error'))).toBe(false);
  });
});

describe('resolveScheme', () => {
  it.each([
    ['dark', false, 'dark'],
    ['light', true, 'light'],
    [null, true, 'dark'],
    [null, false, 'light'],
    ['bogus', true, 'dark'],
  ] as const)('data-theme=%s, prefers dark=%s → %s', (attr, prefersDark, expected) => {
    expect(resolveScheme(attr, prefersDark)).toBe(expected);
  });
});
