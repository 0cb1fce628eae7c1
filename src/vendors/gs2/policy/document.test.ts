import { describe, expect, it } from 'vitest';
import { checkDocument, POLICY_TEMPLATES } from './document-check';

describe('checkDocument', () => {
  it('accepts every template without warnings', () => {
    for (const tpl of POLICY_TEMPLATES) expect(checkDocument(tpl.text)).toMatchObject({ warnings: [] });
    expect(checkDocument(POLICY_TEMPLATES[0].text).error).toBeUndefined();
  });
  it('reports a syntax error with its line', () => {
    const r = checkDocument('{\n  "Version": "2016-04-01",\n  "Statements": [\n}');
    expect(r.error).toBeDefined();
    expect(r.error?.line).toBe(4);
  });
  it('warns about structure without blocking', () => {
    const r = checkDocument('{"Statements":[{"Effect":"Maybe","Actions":["*"]}]}');
    expect(r.error).toBeUndefined();
    expect(r.warnings.some((w) => w.startsWith('Statements.0.Effect'))).toBe(true);
  });
  it('measures size against the 524,288-character limit', () => {
    const big = `{"a":"${'x'.repeat(524_288)}"}`;
    expect(checkDocument(big)).toMatchObject({ tooLarge: true, size: big.length });
    expect(checkDocument('{}').tooLarge).toBe(false);
  });
});
