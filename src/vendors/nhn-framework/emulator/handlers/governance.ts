import type { Hono } from 'hono';
import {
  GetLoginFailSettingResponse,
  GetMfaSettingResponse,
  GetPasswordRuleResponse,
  GetSessionSettingResponse,
  ListGovernancesResponse,
  ListOrgDomainsResponse,
  ListOrgIpAclResponse,
} from '../../wire/governance';
import { orgAccess } from '../auth/access';
import { reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';

const SETTINGS = '/v1/iam/organizations/:orgId/settings';
const READ_SETTINGS = ['Organization.Setting.Iam.Get'];

/**
 * #9, #21, #42 and #38–#41: domains, governance, IP ACL and IAM sign-in settings, read-only through the
 * API (they change in the vendor console only, so the emulator takes them from its seed).
 */
export function registerGovernance(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get('/v1/organizations/:orgId/domains', (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Domain.List']);
    return reply(c, ListOrgDomainsResponse, { domainList: org.domains });
  });

  app.get('/v1/organizations/:orgId/governances', (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Governance.List']);
    return reply(c, ListGovernancesResponse, { usingGovernances: org.governances });
  });

  app.get('/v1/organizations/:orgId/products/ip-acl', (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), ['Organization.Governance.IpAcl.List']);
    return reply(c, ListOrgIpAclResponse, { orgIpAcl: org.ipAcl });
  });

  app.get(`${SETTINGS}/session`, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), READ_SETTINGS);
    return reply(c, GetSessionSettingResponse, { result: { content: org.session } });
  });

  app.get(`${SETTINGS}/security-mfa`, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), READ_SETTINGS);
    return reply(c, GetMfaSettingResponse, { result: org.mfa });
  });

  app.get(`${SETTINGS}/security-login-fail`, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), READ_SETTINGS);
    return reply(c, GetLoginFailSettingResponse, { result: org.loginFail });
  });

  app.get(`${SETTINGS}/password-rule`, (c) => {
    const org = orgAccess(c, rt, c.req.param('orgId'), READ_SETTINGS);
    return reply(c, GetPasswordRuleResponse, {
      result: { content: { schemaVersion: 1, value: org.passwordRule } },
    });
  });
}
