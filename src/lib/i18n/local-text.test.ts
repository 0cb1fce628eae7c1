import { describe, expect, it } from 'vitest';
import { localText } from './local-text';

describe('localText', () => {
  const users = { en: 'Users', ja: 'ユーザー' };

  it('picks the locale and falls back to English where a translation is missing', () => {
    expect(localText(users, 'ja')).toBe('ユーザー');
    expect(localText(users, 'ko')).toBe('Users');
    expect(localText(users, 'en')).toBe('Users');
  });

  it('passes plain text and undefined through', () => {
    expect(localText('Config', 'ko')).toBe('Config');
    expect(localText(undefined, 'ja')).toBeUndefined();
  });
});
