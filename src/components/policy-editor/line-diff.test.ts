import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff';

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
