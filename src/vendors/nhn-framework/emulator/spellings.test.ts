import { describe, expect, it } from 'vitest';
import { harness } from './test-support';

/** The wire schemas accept both spellings, so this reads raw bodies: the emulator sends the examples’. */
describe('field spellings the emulator sends', () => {
  it('uses the seed examples’ names where the tables disagree (Appendix B)', async () => {
    const h = await harness();
    const { live } = await h.projects();
    const raw = async (path: string) => JSON.stringify((await h.call('GET', path)).body);
    const domains = await raw(`/v1/organizations/${h.orgId}/domains`);
    expect(domains).toContain('"domainId"');
    expect(domains).not.toContain('orgDomainId');
    const credentials = await raw(`/v1/authentications/organizations/${h.orgId}/user-access-keys`);
    expect(credentials).toContain('"authStatus"');
    expect(credentials).not.toContain('authStatusCode');
    const rule = await raw(`/v1/iam/organizations/${h.orgId}/settings/password-rule`);
    expect(rule).toContain('"enabled"');
    expect(rule).not.toContain('"enable"');
    const iamList = await raw(`/v1/iam/projects/${live}/members`);
    expect(iamList).toContain('"memberName"');
    const uuid = /"uuid":"([^"]+)"/.exec(iamList)?.[1] ?? '';
    const iamOne = await raw(`/v1/iam/projects/${live}/members/${uuid}`);
    expect(iamOne).toContain('"name"');
    expect(iamOne).not.toContain('memberName');
    const mfa = await raw(`/v1/iam/organizations/${h.orgId}/settings/security-mfa`);
    expect(mfa).toContain('"type"');
    expect(mfa).toContain('"enable"');
    h.close();
  });
});
