import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import { ListBillingProductsResponse, SearchPricesResponse } from '../../wire/billing';
import {
  AddProjectAppKeyResponse,
  ListProjectAppKeysResponse,
  ListUserAccessKeysResponse,
} from '../../wire/credentials';
import {
  GetLoginFailSettingResponse,
  GetMfaSettingResponse,
  GetPasswordRuleResponse,
  GetSessionSettingResponse,
  ListGovernancesResponse,
  ListOrgDomainsResponse,
  ListOrgIpAclResponse,
} from '../../wire/governance';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

describe('Domains, governance, IP ACL and IAM settings (#9 #21 #38–#42)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const org = (path: string) => `/v1/organizations/${h.orgId}${path}`;
  const settings = (path: string) => `/v1/iam/organizations/${h.orgId}/settings${path}`;

  it('reads the demo org’s settings in the documented shapes', async () => {
    expect((await h.ok(ListOrgDomainsResponse, 'GET', org('/domains'))).domainList).toEqual([
      { domainId: expect.any(String) as string, domainName: 'acme-games' },
    ]);
    expect(
      (await h.ok(ListGovernancesResponse, 'GET', org('/governances'))).usingGovernances.map(
        (g) => g.governanceTypeCode,
      ),
    ).toContain('UNIQUE_INSTANCE_NAME');
    const acl = await h.ok(ListOrgIpAclResponse, 'GET', org('/products/ip-acl'));
    expect(acl.orgIpAcl.find((e) => !e.productId)?.ips).toContain('127.0.0.1');
    expect(acl.orgIpAcl.find((e) => e.productId === 'oBj8St0r')?.ips).toContain('203.0.113.0/24');
    expect((await h.ok(GetSessionSettingResponse, 'GET', settings('/session'))).result.content).toMatchObject(
      { sessionType: 'idle', multiSessionsLimit: 2 },
    );
    const mfa = await h.ok(GetMfaSettingResponse, 'GET', settings('/security-mfa'));
    expect(mfa.result).toMatchObject({ range: 'services', organizationMfaSetting: { type: 'email' } });
    expect(mfa.result?.serviceMfaSettings?.[0]).toMatchObject({ type: 'totp', bypassByIp: { enable: true } });
    expect((await h.ok(GetLoginFailSettingResponse, 'GET', settings('/security-login-fail'))).result).toEqual(
      { enable: true, loginFailCount: { limit: 5, blockMinutes: 30 } },
    );
    expect(
      GetLoginFailSettingResponse.parse({
        header: { isSuccessful: true, resultCode: 0, resultMessage: '' },
        result: { enable: false, loginFailCount: { limit: '5', blockMinutes: '2' } },
      }).result,
    ).toEqual({ enable: false, loginFailCount: { limit: 5, blockMinutes: 2 } });
    const rule = await h.ok(GetPasswordRuleResponse, 'GET', settings('/password-rule'));
    expect(rule.result.content.schemaVersion).toBe(1);
    expect(rule.result.content.value).toMatchObject({
      ruleType: 'custom',
      passwordExpiry: { enabled: true },
      limitPasswordReuse: { enabled: true },
    });
  });

  it('answers null for never-set MFA and login-fail settings and an empty ACL in a fresh org', async () => {
    const fresh = await harness({ seed: false });
    const base = `/v1/iam/organizations/${fresh.orgId}/settings`;
    expect((await fresh.ok(GetMfaSettingResponse, 'GET', `${base}/security-mfa`)).result).toBeNull();
    expect(
      (await fresh.ok(GetLoginFailSettingResponse, 'GET', `${base}/security-login-fail`)).result,
    ).toBeNull();
    expect(
      (await fresh.ok(ListOrgIpAclResponse, 'GET', `/v1/organizations/${fresh.orgId}/products/ip-acl`))
        .orgIpAcl,
    ).toEqual([]);
    // Without an ACL any client address is accepted.
    expect(await fresh.code('GET', `/v1/organizations/${fresh.orgId}/domains`, { ip: '198.51.100.99' })).toBe(
      0,
    );
    fresh.close();
  });

  it('needs the documented permission for each read (-6)', async () => {
    const plain = await h.account({ org: ['NONE'] });
    for (const path of [
      org('/domains'),
      org('/governances'),
      org('/products/ip-acl'),
      settings('/session'),
      settings('/security-mfa'),
      settings('/security-login-fail'),
      settings('/password-rule'),
    ]) {
      expect(await h.code('GET', path, { token: plain.token })).toBe(-6);
    }
    const gov = await h.account({ org: ['ORG_GOVERNANCE_VIEWER'] });
    expect(await h.code('GET', org('/products/ip-acl'), { token: gov.token })).toBe(0);
    const auth = await h.account({ org: ['ORG_AUTHENTICATION_MANAGEMENT_ADMIN'] });
    expect(await h.code('GET', settings('/password-rule'), { token: auth.token })).toBe(0);
  });
});

describe('IP ACL enforcement (-8)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());

  it('checks the client address against the common ACL, exact or CIDR, before permissions', async () => {
    const { live } = await h.projects();
    const domains = `/v1/organizations/${h.orgId}/domains`;
    expect(await h.code('GET', domains, { ip: '10.1.2.3' })).toBe(0);
    expect(await h.code('GET', domains, { ip: '::ffff:192.168.7.7' })).toBe(0);
    expect(await h.code('GET', domains, { ip: '::1' })).toBe(0);
    const denied = await h.call('GET', domains, { ip: '203.0.113.9' });
    expect(denied).toMatchObject({ status: 403, code: -8 });
    // Per-service entries do not open the Framework API.
    expect(
      await h.code('GET', `/v1/projects/${live}/members/${h.meta.ownerUuid}`, { ip: '198.51.100.7' }),
    ).toBe(-8);
    const nobody = await h.account({ org: ['NONE'] });
    expect(await h.code('GET', domains, { ip: '8.8.8.8', token: nobody.token })).toBe(-8);
    expect(await h.code('GET', domains, { ip: '8.8.8.8', token: null })).toBe(80007);
  });

  it('applies an IAM account’s own org ACL to org-less calls', async () => {
    const iam = await h.account({ iam: true });
    expect(
      await h.code('GET', '/v1/authentications/user-access-keys', { token: iam.token, ip: '8.8.8.8' }),
    ).toBe(-8);
    expect(
      await h.code('GET', '/v1/billing/contracts/basic/products', { token: iam.token, ip: '8.8.8.8' }),
    ).toBe(-8);
    // An NHN Cloud member's own keys are not tied to an org.
    expect(await h.code('GET', '/v1/authentications/user-access-keys', { ip: '8.8.8.8' })).toBe(0);
  });

  it('uses the socket address over real HTTP', async () => {
    const { listen } = await import('../../../../server/listen');
    const server = await listen(h.emulator.app.fetch, '127.0.0.1', 0);
    const res = await fetch(`${server.url}/v1/organizations/${h.orgId}/domains`, {
      headers: { 'x-nhn-authorization': `Bearer ${h.ownerToken}` },
    });
    expect(await res.json()).toMatchObject({ header: { isSuccessful: true, resultCode: 0 } });
    const org = h.runtime.store.orgs.get(h.orgId);
    if (org) h.runtime.store.orgs.put(h.orgId, { ...org, ipAcl: [{ ips: ['10.9.9.9'] }] });
    const blocked = await fetch(`${server.url}/v1/organizations/${h.orgId}/domains`, {
      headers: { 'x-nhn-authorization': `Bearer ${h.ownerToken}` },
    });
    expect(blocked.status).toBe(403);
    expect(await blocked.json()).toMatchObject({ header: { resultCode: -8 } });
    await server.close();
  });
});

describe('Project AppKeys (#45 #47 #49)', () => {
  it('lists without the alias, caps at three (30015), deletes (60003 when missing)', async () => {
    const h = await harness();
    const { live, data } = await h.projects();
    const keys = (p: string) => `/v1/authentications/projects/${p}/project-appkeys`;
    const listed = await h.ok(ListProjectAppKeysResponse, 'GET', keys(live));
    expect(listed.authenticationList).toHaveLength(3);
    expect(listed.authenticationList[0]?.appKey).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(JSON.stringify(listed)).not.toContain('alias');
    expect(await h.code('POST', keys(live), { body: { appkeyAlias: 'one too many' } })).toBe(30015);
    const added = await h.ok(AddProjectAppKeyResponse, 'POST', keys(data), {
      body: { appkeyAlias: 'reports' },
    });
    expect(added.authentication.appKey).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(await h.code('POST', keys(data), { body: { appkeyAlias: 'a'.repeat(101) } })).toBe(400);
    expect(await h.code('POST', keys(data), { body: {} })).toBe(400);
    await h.ok(HeaderOnlyResponse, 'DELETE', `${keys(data)}/${added.authentication.appKey}`);
    expect(await h.code('DELETE', `${keys(data)}/${added.authentication.appKey}`)).toBe(60003);
    // A key of another project is not this project's to delete.
    expect(await h.code('DELETE', `${keys(data)}/${listed.authenticationList[0]?.appKey ?? ''}`)).toBe(60003);
    const member = await h.account({ projects: { [data]: ['MEMBER'] } });
    expect(await h.code('GET', keys(data), { token: member.token })).toBe(0);
    expect(await h.code('POST', keys(data), { token: member.token, body: { appkeyAlias: 'x' } })).toBe(-6);
    h.close();
  });
});

describe('Pay-as-you-go metadata (#43 #44)', () => {
  it('lists products and searches prices by counter, paged, for any member', async () => {
    const h = await harness();
    const plain = await h.account({ org: ['NONE'] });
    const products = await h.ok(
      ListBillingProductsResponse,
      'GET',
      '/v1/billing/contracts/basic/products?limit=3',
      { token: plain.token },
    );
    expect(products.products).toHaveLength(3);
    expect(products.paging.totalCount).toBeGreaterThan(3);
    const all = await h.ok(
      SearchPricesResponse,
      'POST',
      '/v1/billing/contracts/basic/products/prices/search',
      { token: plain.token, body: {} },
    );
    expect(all.paging.totalCount).toBe(16);
    const some = await h.ok(
      SearchPricesResponse,
      'POST',
      '/v1/billing/contracts/basic/products/prices/search',
      { body: { counterNames: ['c2.c1m2'], paging: { limit: 1, page: 2 } } },
    );
    expect(some.paging).toEqual({ page: 2, limit: 1, totalCount: 2 });
    expect(some.prices[0]).toMatchObject({ counterName: 'c2.c1m2', rangeFrom: 1000, contractId: '3YVRwIVU' });
    const byQuery = await h.ok(
      SearchPricesResponse,
      'POST',
      '/v1/billing/contracts/basic/products/prices/search?limit=4',
    );
    expect(byQuery.prices).toHaveLength(4);
    expect(
      await h.code('POST', '/v1/billing/contracts/basic/products/prices/search', {
        body: { counterNames: 'c2' },
      }),
    ).toBe(400);
    expect(
      (
        await h.ok(ListUserAccessKeysResponse, 'GET', '/v1/authentications/user-access-keys', {
          token: plain.token,
        })
      ).authentications,
    ).toHaveLength(1);
    h.close();
  });
});
