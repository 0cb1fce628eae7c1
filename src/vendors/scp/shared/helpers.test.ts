import { describe, expect, it } from 'vitest';
import { defaultTableState } from '@/components/data-table';
import { keyStatus } from '../access-keys/key-status';
import type { AccessKey } from '../wire/access-keys';
import { neverExpires } from './format';
import { stripSecret } from './strip-secret';
import { toScpPage } from './table-query';

const key: AccessKey = {
  access_key: 'AK',
  access_key_type: 'PERMANENT',
  account_id: 'acc',
  created_at: '2026-01-01T00:00:00Z',
  created_by: 'u',
  expiration_timestamp: '9999-12-31T23:59:59Z',
  id: 'k1',
  is_enabled: true,
  modified_at: '2026-01-01T00:00:00Z',
  modified_by: 'u',
  parent_access_key_id: null,
  secret_key: 'must-not-survive',
};

describe('SCP helpers', () => {
  it('drops the secret of an access key read', () => {
    const stored = stripSecret(key);
    expect(stored).not.toHaveProperty('secret_key');
    expect(JSON.stringify(stored)).not.toContain('must-not-survive');
    expect(stored.access_key).toBe('AK');
  });

  it('reads 9999 expiry as never, and expiry before the enabled flag', () => {
    expect(neverExpires(key.expiration_timestamp)).toBe(true);
    expect(keyStatus(key)).toBe('enabled');
    expect(keyStatus({ ...key, is_enabled: false })).toBe('disabled');
    const now = Date.parse('2026-06-01T00:00:00Z');
    expect(keyStatus({ ...key, expiration_timestamp: '2026-05-01T00:00:00Z' }, now)).toBe('expired');
    expect(keyStatus({ ...key, expiration_timestamp: '2026-07-01T00:00:00Z' }, now)).toBe('enabled');
  });

  it("turns the table's 1-based page and sort into SCP's 0-based page and field:direction", () => {
    const p = toScpPage(
      {
        ...defaultTableState,
        page: 3,
        pageSize: 25,
        sort: { id: 'email', desc: true },
        filters: { email: 'a', x: 'y' },
      },
      ['email'],
    );
    expect(p).toEqual({ page: 2, size: 25, sort: 'email:desc', filters: { email: 'a' } });
    expect(toScpPage(defaultTableState, []).sort).toBeUndefined();
  });
});
