import { describe, expect, it } from 'vitest';
import { scpSignature, scpSignatureMatches, scpSignedHeaders, scpStringToSign } from './signature';

const base = {
  method: 'GET',
  timestamp: '1605290625682',
  accessKey: 'b754b12b39da4ce29a40c5e324650bd0',
  secretKey: 'c4150149-f7c6-46bc-9faa-d2b9d20e0899',
  accountId: '',
  clientType: 'Openapi',
};

describe('Scp-Signature', () => {
  it('matches the reference vector for the endpoint catalogue', () => {
    expect(scpSignature({ ...base, url: 'https://iam.s.samsungsdscloud.com/v1/endpoints' })).toBe(
      'IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8=',
    );
  });

  it('matches the reference vector with a raw query string', () => {
    const url = 'https://iam.s.samsungsdscloud.com/v1/groups?page=0&size=20&sort=created_at%3Adesc';
    expect(scpSignature({ ...base, url })).toBe('8QOg26ZzOXGq3aGhANX22qbtKOJ9+j12i9txXFuJ+0M=');
  });

  it('joins the parts without separators in the SDK order', () => {
    expect(scpStringToSign({ ...base, method: 'post', url: 'u', accountId: 'acc' })).toBe(
      'POSTu1605290625682b754b12b39da4ce29a40c5e324650bd0accOpenapi',
    );
  });

  it('changes with every signed part', () => {
    const url = 'https://iam.s.samsungsdscloud.com/v1/endpoints';
    const ref = scpSignature({ ...base, url });
    for (const change of [
      { method: 'POST' },
      { url: `${url}?a=1` },
      { timestamp: '1605290625683' },
      { accessKey: 'x' },
      { accountId: 'a' },
      { clientType: 'OpenApi' },
      { secretKey: 'y' },
    ]) {
      expect(scpSignature({ ...base, url, ...change })).not.toBe(ref);
    }
  });

  it('verifies in constant time and rejects a different or truncated signature', () => {
    const input = { ...base, url: 'https://iam.s.samsungsdscloud.com/v1/endpoints' };
    expect(scpSignatureMatches(input, 'IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8=')).toBe(true);
    expect(scpSignatureMatches(input, 'IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8')).toBe(false);
    expect(scpSignatureMatches(input, '8QOg26ZzOXGq3aGhANX22qbtKOJ9+j12i9txXFuJ+0M=')).toBe(false);
  });

  it('builds the headers the SDK sends', () => {
    const h = scpSignedHeaders({
      ...base,
      url: 'https://iam.s.samsungsdscloud.com/v1/endpoints',
      apiVersion: '1.1',
    });
    expect(h['Scp-Signature']).toBe('IqLcfDgFSKf/WCg5MWPQcnOGjTgHIAvu6phGZZFrvQ8=');
    expect(h['Scp-Api-Version']).toBe('iam 1.1');
    expect(h['Scp-Timestamp']).toBe('1605290625682');
  });
});
