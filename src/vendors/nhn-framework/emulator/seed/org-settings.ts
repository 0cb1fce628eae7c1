import { randomString } from '../../../../emulator-kit/random-id';
import { offsetDate } from '../format';
import type { OrgRecord } from '../store';

export type Clock = { at: (daysAgo: number) => Date };

/** Governance as a security-minded studio would set it in the vendor console. */
export function governOrg(org: OrgRecord, clock: Clock): OrgRecord {
  return {
    ...org,
    ssoEnabled: true,
    projectLimit: 5,
    domains: [{ domainId: randomString(16), domainName: 'acme-games' }],
    governances: [
      { governanceTypeCode: 'UNIQUE_INSTANCE_NAME', regDatetime: offsetDate(clock.at(300)) },
      { governanceTypeCode: 'BLOCK_STORAGE_SNAPSHOT', regDatetime: offsetDate(clock.at(120)) },
    ],
    // Loopback and private ranges stay allowed so the console (and its proxy) on this machine can call the API.
    ipAcl: [
      { ips: ['127.0.0.1', '::1', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] },
      { productId: 'oBj8St0r', ips: ['203.0.113.0/24', '198.51.100.7'] },
    ],
    session: {
      multiSessionsLimit: 2,
      sessionTimeoutMinutes: 30,
      mobileSessionTimeoutMinutes: 60,
      sessionType: 'idle',
    },
    mfa: {
      range: 'services',
      organizationMfaSetting: { type: 'email', bypassByIp: { enable: true, ipList: ['10.0.0.0/8'] } },
      serviceMfaSettings: [
        {
          serviceId: 'cloud',
          type: 'totp',
          bypassByIp: { enable: true, ipList: ['10.20.0.0/16', '192.168.10.5'] },
        },
        { serviceId: 'dooray', type: 'email', bypassByIp: { enable: false, ipList: [] } },
      ],
    },
    loginFail: { enable: true, loginFailCount: { limit: 5, blockMinutes: 30 } },
    passwordRule: {
      ...org.passwordRule,
      ruleType: 'custom',
      passwordConstraints: {
        ...org.passwordRule.passwordConstraints,
        minLength: 10,
        mustIncludeUpperCase: true,
      },
      limitPasswordReuse: { enabled: true, limitCount: 3 },
      applyRule: 'onLogin',
    },
  };
}
