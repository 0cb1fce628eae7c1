import { describe, expect, it } from 'vitest';
import { checkDocument, POLICY_TEMPLATES } from './document-check';
import { lineDiff } from './line-diff';

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

describe('lineDiff', () => {
  it('keeps common lines and marks changes', () => {
    expect(lineDiff('a\nb\nc', 'a\nx\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'del', text: 'b' },
      { kind: 'add', text: 'x' },
      { kind: 'same', text: 'c' },
    ]);
  });
  it('degrades to remove-all/add-all past its budget', () => {
    expect(lineDiff('a\nb', 'a\nc', 1).map((l) => l.kind)).toEqual(['del', 'del', 'add', 'add']);
  });
});

describe('jsonErrorAt', () => {
  it('agrees with JSON.parse on valid and invalid texts', async () => {
    const { jsonErrorAt } = await import('./json-error-at');
    const valid = ['{}', '[]', ' {"a":[1,2,{"b":null}],"c":"\\u00e9\\n"} ', '-1.5e3', '"x"', '[[[]]]'];
    const invalid = ['', '{', '{"a":}', '[1,]', '{"a" 1}', '{a:1}', '"\\x"', '[1 2]', '{} x', 'tru'];
    for (const t of valid) expect(jsonErrorAt(t), t).toBe(-1);
    for (const t of invalid) expect(jsonErrorAt(t), t).toBeGreaterThanOrEqual(0);
    expect(jsonErrorAt('{"a":1,}')).toBe(7);
  });
});
