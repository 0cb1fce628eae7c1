import { beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, draftKey, readDraft, sameFields, writeDraft } from './draft-storage';

/** The node project has no localStorage; a Map stands in with the same methods. */
beforeEach(() => {
  const map = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
});

describe('template drafts', () => {
  const key = draftKey('c1', 3, 10, 'en-us');

  it('keys a draft by connection, instance, email type and language', () => {
    expect(key).toBe('tessera:ibm-cip:email-draft:c1:3:10:en-us');
    expect(draftKey('c2', 3, 10, 'en-us')).not.toBe(key);
  });

  it('writes, reads back and clears a draft', () => {
    writeDraft(key, { replyTo: 'a@b.c', subject: 'S', body: '<p>B</p>' }, new Date('2026-11-22T10:00:00Z'));
    expect(readDraft(key)).toEqual({
      replyTo: 'a@b.c',
      subject: 'S',
      body: '<p>B</p>',
      savedAt: '2026-11-22T10:00:00.000Z',
    });
    clearDraft(key);
    expect(readDraft(key)).toBeNull();
  });

  it('ignores a stored value of another shape', () => {
    localStorage.setItem(key, JSON.stringify({ subject: 1 }));
    expect(readDraft(key)).toBeNull();
    localStorage.setItem(key, '{not json');
    expect(readDraft(key)).toBeNull();
  });

  it('compares only the template fields', () => {
    expect(
      sameFields({ replyTo: 'a', subject: 'b', body: 'c' }, { replyTo: 'a', subject: 'b', body: 'c' }),
    ).toBe(true);
    expect(
      sameFields({ replyTo: 'a', subject: 'b', body: 'c' }, { replyTo: 'a', subject: 'b', body: 'd' }),
    ).toBe(false);
  });
});
