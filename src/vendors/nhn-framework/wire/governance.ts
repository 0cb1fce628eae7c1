import { z } from 'zod';
import { DateTime, envelope, withAliases } from './common';

/** #9 item: the example's `domainId`/`domainName`, not the table's `orgDomainId`/`orgDomainName`. */
export const OrgDomain = z.object({ domainId: z.string(), domainName: z.string() });
export type OrgDomain = z.infer<typeof OrgDomain>;
export const ListOrgDomainsResponse = envelope({
  domainList: z.array(withAliases(OrgDomain, { orgDomainId: 'domainId', orgDomainName: 'domainName' })),
});
export type ListOrgDomainsResponse = z.infer<typeof ListOrgDomainsResponse>;

export const GovernanceTypeCode = z.enum([
  'APPROVE_PROCESS',
  'BLOCK_STORAGE_SNAPSHOT',
  'IAAS_RESOURCE_PROTECTION_AND_SEPARATED_NETWORK',
  'PRIVACY_PROTECTION',
  'UNIQUE_INSTANCE_NAME',
]);
export const Governance = z.object({ governanceTypeCode: GovernanceTypeCode, regDatetime: DateTime });
export type Governance = z.infer<typeof Governance>;
export const ListGovernancesResponse = envelope({ usingGovernances: z.array(Governance) });
export type ListGovernancesResponse = z.infer<typeof ListGovernancesResponse>;

/** #42 item: no `productId` (absent or null) means the common setting. */
export const OrgIpAcl = z.object({ productId: z.string().nullable().optional(), ips: z.array(z.string()) });
export type OrgIpAcl = z.infer<typeof OrgIpAcl>;
export const ListOrgIpAclResponse = envelope({ orgIpAcl: z.array(OrgIpAcl) });
export type ListOrgIpAclResponse = z.infer<typeof ListOrgIpAclResponse>;

/** #38 `result.content`. */
export const SessionSetting = z.object({
  multiSessionsLimit: z.number().int(),
  sessionTimeoutMinutes: z.number().int(),
  mobileSessionTimeoutMinutes: z.number().int(),
  sessionType: z.enum(['fixed', 'idle']),
});
export type SessionSetting = z.infer<typeof SessionSetting>;
export const GetSessionSettingResponse = envelope({ result: z.object({ content: SessionSetting }) });
export type GetSessionSettingResponse = z.infer<typeof GetSessionSettingResponse>;

export const MfaType = z.enum(['none', 'totp', 'email']);
export const BypassByIp = z.object({
  enable: z.boolean().optional(),
  ipList: z.array(z.string()).optional(),
});
export const OrganizationMfaSetting = z.object({ type: MfaType, bypassByIp: BypassByIp.optional() });
export const ServiceMfaSetting = z.object({
  serviceId: z.string(),
  type: MfaType,
  bypassByIp: BypassByIp.optional(),
});

/** #39 `result`: null when second-factor sign-in was never set. */
export const MfaSetting = z.object({
  range: z.enum(['organization', 'services']),
  organizationMfaSetting: OrganizationMfaSetting.optional(),
  serviceMfaSettings: z.array(ServiceMfaSetting).optional(),
});
export type MfaSetting = z.infer<typeof MfaSetting>;
export const GetMfaSettingResponse = envelope({ result: MfaSetting.nullable() });
export type GetMfaSettingResponse = z.infer<typeof GetMfaSettingResponse>;

/**
 * #40 `result`: null when login-failure security is not set. Integers, as the field table types them; the
 * example sends them as strings, which parse to the same numbers.
 */
export const LoginFailSetting = z.object({
  enable: z.boolean(),
  loginFailCount: z
    .object({ limit: z.coerce.number().int().optional(), blockMinutes: z.coerce.number().int().optional() })
    .optional(),
});
export type LoginFailSetting = z.infer<typeof LoginFailSetting>;
export const GetLoginFailSettingResponse = envelope({ result: LoginFailSetting.nullable() });
export type GetLoginFailSettingResponse = z.infer<typeof GetLoginFailSettingResponse>;

/** #41 `result.content.value`: `enabled`, as the example spells it. */
export const PasswordRule = z.object({
  ruleType: z.enum(['default', 'custom']),
  passwordConstraints: z.object({
    minLength: z.number().int(),
    mustNotIncludeIllegalSequence: z.boolean(),
    mustIncludeUpperCase: z.boolean(),
    mustIncludeLowerCase: z.boolean(),
    mustIncludeNumberCase: z.boolean(),
    mustIncludeSpecialCase: z.boolean(),
  }),
  passwordExpiry: withAliases(
    z.object({ enabled: z.boolean(), expiryDays: z.number().int(), allowExpend: z.boolean() }),
    { enable: 'enabled' },
  ),
  limitPasswordReuse: withAliases(z.object({ enabled: z.boolean(), limitCount: z.number().int() }), {
    enable: 'enabled',
  }),
  applyRule: z.enum(['onChangePassword', 'onLogin']),
});
export type PasswordRule = z.infer<typeof PasswordRule>;
export const GetPasswordRuleResponse = envelope({
  result: z.object({ content: z.object({ schemaVersion: z.number().int(), value: PasswordRule }) }),
});
export type GetPasswordRuleResponse = z.infer<typeof GetPasswordRuleResponse>;
