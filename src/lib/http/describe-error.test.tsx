import { afterEach, describe, expect, it } from 'vitest';
import { describeError, HttpError, NetworkError } from './errors';

const http = (status: number, detail?: string) =>
  new HttpError(status, 'GET', '/x', undefined, undefined, detail, undefined);

describe('describeError', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('speaks the language of the page, and keeps a vendor detail as the vendor wrote it', () => {
    document.documentElement.lang = 'ja';
    expect(describeError(http(403))).toBe('この操作は許可されていません。');
    expect(describeError(new NetworkError('GET', '/x', 'offline'))).toContain('Tessera に接続できません');
    document.documentElement.lang = 'ko';
    expect(describeError(http(503))).toContain('(503)');
    expect(describeError(http(404))).toBe('찾을 수 없습니다. 삭제되었을 수 있습니다.');
    document.documentElement.lang = 'en';
    expect(describeError(http(401))).toBe('Your session has ended. Sign in again.');
    expect(describeError(http(400, 'Name taken'))).toBe('Name taken');
  });
});
