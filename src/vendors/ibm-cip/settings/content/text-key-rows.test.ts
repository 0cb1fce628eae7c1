import { describe, expect, it } from 'vitest';
import { flattenTextKeys, matchesSearch, textKeyUpdate } from './text-key-rows';

describe('text key rows', () => {
  const rows = flattenTextKeys([
    { 'en-us': { attributeTextKeys: { sn: 'Last name' }, textKeys: { buttonKeys: { save: 'Save' } } } },
    { 'de-de': { attributeTextKeys: {}, textKeys: { buttonKeys: { save: 'Speichern' } } } },
  ]);

  it('flattens attribute keys and typed keys of every language, sorted', () => {
    expect(rows).toEqual([
      { lang: 'de-de', keyType: 'buttonKeys', key: 'save', value: 'Speichern' },
      { lang: 'en-us', keyType: 'attributeTextKeys', key: 'sn', value: 'Last name' },
      { lang: 'en-us', keyType: 'buttonKeys', key: 'save', value: 'Save' },
    ]);
  });

  it('searches key, type, language and text without regard to case', () => {
    expect(rows.filter((r) => matchesSearch(r, 'SPEICH'))).toHaveLength(1);
    expect(rows.filter((r) => matchesSearch(r, 'attributetext'))).toHaveLength(1);
    expect(rows.filter((r) => matchesSearch(r, '  '))).toHaveLength(3);
  });

  it('nests one change as SS32 takes it', () => {
    expect(
      textKeyUpdate(3, { lang: 'en-us', keyType: 'attributeTextKeys', key: 'sn', value: 'Surname' }),
    ).toEqual({
      instanceId: '3',
      updatedKeys: { 'en-us': { textKeys: { attributeTextKeys: { sn: 'Surname' } } } },
    });
  });
});
