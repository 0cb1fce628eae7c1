import { describe, expect, it } from 'vitest';
import { scpManifest } from '@/vendors/scp/manifest';
import { nhnFrameworkManifest } from '@/vendors/nhn-framework/manifest';
import { fieldsOf } from './manifest-fields';

describe('fieldsOf', () => {
  it('reads kinds, options, defaults and required flags from the manifest schema', () => {
    const fields = Object.fromEntries(fieldsOf(scpManifest).map((f) => [f.key, f]));
    expect(fields.secretKey).toMatchObject({ kind: 'secret', required: true, initial: '' });
    expect(fields.apiVersion).toMatchObject({
      kind: 'select',
      options: ['1.2', '1.1', '1.0'],
      required: false,
      initial: '1.2',
    });
    expect(fields.accountId).toMatchObject({ kind: 'text', required: false, initial: '' });
    expect(fields.accessKey).toMatchObject({ kind: 'text', required: true, label: 'Access key' });
    expect(fieldsOf(nhnFrameworkManifest).find((f) => f.key === 'tokenBaseUrl')?.initial).toBe(
      'https://oauth.api.nhncloudservice.com',
    );
  });

  it('labels the fields in the chosen language, English where a vendor gives none', () => {
    const ja = Object.fromEntries(fieldsOf(scpManifest, 'ja').map((f) => [f.key, f]));
    expect(ja.accountId).toMatchObject({ label: 'アカウント ID' });
    expect(ja.accountId?.help).toContain('Scp-AccountId');
    expect(fieldsOf(scpManifest, 'ko').find((f) => f.key === 'secretKey')?.label).toBe('시크릿 키');
  });
});
