/**
 * The demo account: a mid-sized team with the usual split of administrators, developers, operators and
 * auditors, so every console page has something realistic to show.
 */

/** [user_name, family name, given name, department group keys] */
export const DEMO_USERS: [string, string, string, string[]][] = [
  ['minjun.kim', 'Kim', 'Minjun', ['admins']],
  ['seoyeon.lee', 'Lee', 'Seoyeon', ['admins', 'security']],
  ['jiho.park', 'Park', 'Jiho', ['developers']],
  ['haeun.choi', 'Choi', 'Haeun', ['developers']],
  ['dohyun.jung', 'Jung', 'Dohyun', ['developers', 'data']],
  ['sua.kang', 'Kang', 'Sua', ['developers']],
  ['yejun.cho', 'Cho', 'Yejun', ['developers']],
  ['jiwoo.yoon', 'Yoon', 'Jiwoo', ['developers', 'operators']],
  ['eunwoo.jang', 'Jang', 'Eunwoo', ['operators']],
  ['chaewon.lim', 'Lim', 'Chaewon', ['operators']],
  ['siwoo.han', 'Han', 'Siwoo', ['operators']],
  ['jimin.oh', 'Oh', 'Jimin', ['security']],
  ['hayoon.seo', 'Seo', 'Hayoon', ['security', 'auditors']],
  ['junseo.shin', 'Shin', 'Junseo', ['auditors']],
  ['yuna.kwon', 'Kwon', 'Yuna', ['auditors']],
  ['hyunwoo.hwang', 'Hwang', 'Hyunwoo', ['data']],
  ['soyeon.ahn', 'Ahn', 'Soyeon', ['data']],
  ['taeyang.song', 'Song', 'Taeyang', ['data']],
  ['minseo.jeon', 'Jeon', 'Minseo', ['finance']],
  ['jaewon.hong', 'Hong', 'Jaewon', ['finance']],
  ['dayeon.yoo', 'Yoo', 'Dayeon', ['finance']],
  ['seungmin.ko', 'Ko', 'Seungmin', ['developers']],
  ['nayeon.moon', 'Moon', 'Nayeon', ['developers']],
  ['woojin.yang', 'Yang', 'Woojin', ['operators']],
  ['jisoo.son', 'Son', 'Jisoo', []],
  ['hyejin.bae', 'Bae', 'Hyejin', []],
  ['sangwoo.baek', 'Baek', 'Sangwoo', ['developers']],
  ['eunji.heo', 'Heo', 'Eunji', ['data']],
  ['ci-bot', '', '', ['developers']],
  ['backup-agent', '', '', []],
];

/** [key, name, description, type] */
export const DEMO_GROUPS: [string, string, string, 'USER_DEFINED' | 'DEFAULT'][] = [
  ['admins', 'Administrators', 'Account administrators with full access.', 'DEFAULT'],
  ['developers', 'Developers', 'Application developers: virtual servers in kr-west1.', 'USER_DEFINED'],
  ['operators', 'Operators', 'Platform operations and on-call.', 'USER_DEFINED'],
  ['security', 'Security', 'Security engineering; manages IAM.', 'USER_DEFINED'],
  ['auditors', 'Auditors', 'Read-only access for internal audit.', 'USER_DEFINED'],
  ['finance', 'Finance', 'Billing and cost reports.', 'USER_DEFINED'],
  ['data', '데이터분석팀', 'Data analytics team (데이터 분석).', 'USER_DEFINED'],
  ['contractors', 'Contractors', 'External contractors; no members yet.', 'USER_DEFINED'],
];

export type DemoPolicy = {
  key: string;
  name: string;
  description: string;
  statements: {
    Sid: string;
    Effect: 'Allow' | 'Deny';
    Action?: string[];
    NotAction?: string[];
    Resource: string[];
    Condition?: Record<string, Record<string, string[]>>;
  }[];
};

const KR_WEST = { StringEquals: { 'scp:RequestedRegion': ['kr-west1'] } };

export const DEMO_POLICIES: DemoPolicy[] = [
  {
    key: 'vs-operator',
    name: 'VirtualServerOperator',
    description: 'Start, stop and inspect virtual servers in kr-west1.',
    statements: [
      {
        Sid: 'OperateServers',
        Effect: 'Allow',
        Action: [
          'virtualserver:List*',
          'virtualserver:Show*',
          'virtualserver:StartVirtualServer',
          'virtualserver:StopVirtualServer',
        ],
        Resource: ['*'],
        Condition: KR_WEST,
      },
    ],
  },
  {
    key: 'region-guard',
    name: 'DenyOutsideKrWest1',
    description: 'Guardrail: deny every action requested outside kr-west1.',
    statements: [
      {
        Sid: 'DenyOtherRegions',
        Effect: 'Deny',
        Action: ['*'],
        Resource: ['*'],
        Condition: { StringNotEquals: { 'scp:RequestedRegion': ['kr-west1'] } },
      },
    ],
  },
  {
    key: 'iam-self',
    name: 'IAMSelfServiceKeys',
    description: 'Manage your own access keys, including temporary ones.',
    statements: [
      {
        Sid: 'OwnKeys',
        Effect: 'Allow',
        Action: [
          'iam:ListAccessKey',
          'iam:ShowAccessKey',
          'iam:CreateAccessKey',
          'iam:SetAccessKey',
          'iam:DeleteAccessKey',
          'iam:SendTemporaryOtpAccessKey',
        ],
        Resource: ['*'],
      },
    ],
  },
  {
    key: 'no-policy-edit',
    name: 'DenyPolicyChanges',
    description: 'Everything in IAM except changing policies and bindings.',
    statements: [
      { Sid: 'AllowIam', Effect: 'Allow', Action: ['iam:*'], Resource: ['*'] },
      { Sid: 'DenyPermissionLevel', Effect: 'Deny', Action: ['iam:*[Permission]'], Resource: ['*'] },
    ],
  },
  {
    key: 'data-read',
    name: '데이터분석-읽기전용',
    description: 'Read-only access for the data team (읽기 전용).',
    statements: [{ Sid: 'ReadEverything', Effect: 'Allow', Action: ['*[List,Read]'], Resource: ['*'] }],
  },
  {
    key: 'billing',
    name: 'BillingViewer',
    description: 'View cost and usage reports.',
    statements: [
      { Sid: 'ViewBilling', Effect: 'Allow', Action: ['billing:List*', 'billing:Show*'], Resource: ['*'] },
    ],
  },
  {
    key: 'unused',
    name: 'LegacyBackupAccess',
    description: 'Old backup agent permissions, no longer bound anywhere.',
    statements: [{ Sid: 'Backup', Effect: 'Allow', NotAction: ['iam:*'], Resource: ['srn:*:::::backup:*'] }],
  },
];

/** Which policies each group holds: system policy names or demo policy keys. */
export const GROUP_POLICIES: Record<string, string[]> = {
  admins: ['AdministratorAccess'],
  developers: ['vs-operator', 'iam-self', 'region-guard'],
  operators: ['VirtualServerFullAccess', 'iam-self'],
  security: ['no-policy-edit', 'IAMReadOnlyAccess'],
  auditors: ['ViewerAccess'],
  finance: ['billing'],
  data: ['data-read'],
};

/** [name, description, type, trusted principal kind, policies, max session] */
export const DEMO_ROLES: [
  string,
  string,
  'USER_DEFINED' | 'SERVICE_LINKED',
  'group' | 'account' | 'service',
  string[],
  number,
][] = [
  [
    'ci-deployer',
    'Assumed by the CI pipeline to deploy servers.',
    'USER_DEFINED',
    'account',
    ['vs-operator'],
    3600,
  ],
  [
    'break-glass-admin',
    'Emergency administrator, for the Security group only.',
    'USER_DEFINED',
    'group',
    ['AdministratorAccess'],
    3600,
  ],
  [
    'audit-readonly',
    'Cross-account read access for the external auditor.',
    'USER_DEFINED',
    'account',
    ['ViewerAccess'],
    43200,
  ],
  ['data-pipeline', 'Batch jobs of the data team.', 'USER_DEFINED', 'group', ['data-read'], 14400],
  [
    'ScpServiceRoleForMonitoring',
    'Lets Cloud Monitoring read resource metrics.',
    'SERVICE_LINKED',
    'service',
    ['ViewerAccess'],
    3600,
  ],
];

export const DEMO_SERVICE_ACCOUNTS: [string, string][] = [
  ['svc-cloud-monitoring', 'cloudmonitoring'],
  ['svc-object-storage', 'objectstorage'],
  ['svc-backup', 'backup'],
  ['svc-kubernetes-engine', 'kubernetesengine'],
];

export const IDP_CERTIFICATE =
  'MIIBlzCCAT2gAwIBAgIUQciDHxGvUjygaFQfVQykHKelPR0wCgYIKoZIzj0EAwIwITEfMB0GA1UEAwwWaWRwLmV4YW1wbGUtY29ycC5jby5rcjAeFw0yNjExMjIwODQ4MzZaFw0yODExMjEwODQ4MzZaMCExHzAdBgNVBAMMFmlkcC5leGFtcGxlLWNvcnAuY28ua3IwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQ7wmM6+3gBQbvtRWgDKNYQ2scLFoT2Q1VCETjrKO4Wzxw20CzfjSwiRJ632E9B5Rr4FemX3w3J2VknPQr89dJpo1MwUTAdBgNVHQ4EFgQUWFwKjnbjKk2RA4kMAY6Z0HtK/LUwHwYDVR0jBBgwFoAUWFwKjnbjKk2RA4kMAY6Z0HtK/LUwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA9AzBc81Y3Mak9YFQ/WKYW/hinMCi0Cz57ww20gNjg50CIHWvSiLeqE8/PNe9jVOmCQzTm2vkjxgwT0zDqRr28Ehv';

/** IdP metadata as Keycloak exports it, trimmed to what the emulator reads. */
export function idpMetadata(entityId: string, ssoUrl: string, certificate = IDP_CERTIFICATE): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${ssoUrl}"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${ssoUrl}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}
