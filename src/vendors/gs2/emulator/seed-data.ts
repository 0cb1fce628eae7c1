import { POLICY_DOCUMENT_VERSION } from '../wire';

/**
 * The demo project: a studio's GS2 project with its people, service accounts and policies, enough for
 * every console page to have something to show (pages of users, credentials with guards, passwords in
 * each MFA state, custom and GS2-defined policies, a Deny statement).
 */

const doc = (...statements: { Effect: 'Allow' | 'Deny'; Actions: string[] }[]) =>
  JSON.stringify(
    { Version: POLICY_DOCUMENT_VERSION, Statements: statements.map((s) => ({ ...s, Resources: ['*'] })) },
    null,
    2,
  );

export const DEMO_POLICIES = [
  {
    name: 'IdentifierReadOnly',
    description: 'Read users, credentials and policies; change nothing.',
    policy: doc({ Effect: 'Allow', Actions: ['Gs2Identifier:Describe*', 'Gs2Identifier:Get*'] }),
  },
  {
    name: 'IdentifierAdmin',
    description: 'Manage GS2-Identifier users, credentials and policies.',
    policy: doc({ Effect: 'Allow', Actions: ['Gs2Identifier:*'] }),
  },
  {
    name: 'LiveOpsOperator',
    description: 'Run events and mailings; read the team directory.',
    policy: doc({
      Effect: 'Allow',
      Actions: ['Gs2Inbox:*', 'Gs2Schedule:*', 'Gs2News:*', 'Gs2Identifier:Describe*', 'Gs2Identifier:Get*'],
    }),
  },
  {
    name: 'DenyDestructiveIdentifier',
    description: 'Guard rail: never delete users or policies.',
    policy: doc({
      Effect: 'Deny',
      Actions: ['Gs2Identifier:DeleteUser', 'Gs2Identifier:DeleteSecurityPolicy'],
    }),
  },
  {
    name: 'CiDeployment',
    description: 'Deploy master data and scripts from CI.',
    policy: doc({ Effect: 'Allow', Actions: ['Gs2Deploy:*', 'Gs2Script:*', 'Gs2Version:*'] }),
  },
  {
    name: 'AnalyticsExport',
    description: 'Export access logs and rankings to the data warehouse.',
    policy: doc({ Effect: 'Allow', Actions: ['Gs2Log:*', 'Gs2Ranking:Describe*', 'Gs2Ranking:Get*'] }),
  },
  {
    name: 'SupportDesk',
    description: 'Look up players and grant compensation items.',
    policy: doc(
      {
        Effect: 'Allow',
        Actions: [
          'Gs2Account:Describe*',
          'Gs2Account:Get*',
          'Gs2Inventory:*ByUserId',
          'Gs2Inbox:SendMessageByUserId',
        ],
      },
      { Effect: 'Deny', Actions: ['Gs2Account:DeleteAccount'] },
    ),
  },
  {
    name: 'NoIdentifierWrites',
    description: 'Deny every GS2-Identifier change, whatever else is attached.',
    policy: doc({
      Effect: 'Deny',
      Actions: [
        'Gs2Identifier:Create*',
        'Gs2Identifier:Update*',
        'Gs2Identifier:Delete*',
        'Gs2Identifier:Attach*',
        'Gs2Identifier:Detach*',
      ],
    }),
  },
] as const;

type PolicyName =
  | (typeof DEMO_POLICIES)[number]['name']
  | 'AdministratorAccess'
  | 'ApplicationAccess'
  | 'DeliveryAccess'
  | 'UnauthenticatedAccess';

export type DemoUser = {
  name: string;
  description: string;
  policies: PolicyName[];
  credentials?: number;
  guards?: string[];
  password?: boolean;
  mfa?: 'Verifying' | 'Enable';
};

/** Shared by every demo user with a password, so a sandbox user can try console sign-in. */
export const DEMO_PASSWORD = 'tessera-demo-password';
/** The MFA demo user's TOTP secret (base32), so it can be added to an authenticator app by hand. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

const person = (
  name: string,
  role: string,
  policies: PolicyName[],
  extra: Partial<DemoUser> = {},
): DemoUser => ({
  name,
  description: role,
  policies,
  password: true,
  ...extra,
});
const service = (
  name: string,
  purpose: string,
  policies: PolicyName[],
  credentials = 1,
  guards?: string[],
): DemoUser => ({
  name,
  description: purpose,
  policies,
  credentials,
  ...(guards ? { guards } : {}),
});

export const DEMO_USERS: DemoUser[] = [
  person('kenji.tanaka', 'Lead server engineer', ['AdministratorAccess'], { credentials: 1 }),
  person(
    'mina.sato',
    'Security officer; MFA enrolled',
    ['AdministratorAccess', 'DenyDestructiveIdentifier'],
    { mfa: 'Enable' },
  ),
  person('yuki.yamamoto', 'Producer; MFA enrolment started', ['IdentifierReadOnly'], { mfa: 'Verifying' }),
  person('haruto.kobayashi', 'LiveOps lead', ['LiveOpsOperator', 'IdentifierReadOnly']),
  person('sakura.ito', 'LiveOps planner', ['LiveOpsOperator']),
  person('ren.watanabe', 'Backend engineer', ['IdentifierAdmin', 'DenyDestructiveIdentifier'], {
    credentials: 1,
  }),
  person('aoi.nakamura', 'Community manager', ['SupportDesk']),
  person('sota.kato', 'QA lead', ['ApplicationAccess', 'IdentifierReadOnly']),
  person('hina.yoshida', 'Data analyst', ['AnalyticsExport']),
  person('riku.yamada', 'Client engineer', ['ApplicationAccess']),
  person('yui.sasaki', 'Customer support', ['SupportDesk', 'NoIdentifierWrites']),
  person('daiki.matsumoto', 'Build engineer', ['CiDeployment']),
  person('emma.inoue', 'Game designer', ['IdentifierReadOnly']),
  person('lucas.kimura', 'Contractor, backend (read only)', ['IdentifierReadOnly', 'NoIdentifierWrites']),
  person('olivia.hayashi', 'Localization manager', []),
  person('noah.shimizu', 'SRE', ['AdministratorAccess'], { credentials: 2 }),
  person('chloe.mori', 'Monetization analyst', ['AnalyticsExport', 'IdentifierReadOnly']),
  person('ethan.abe', 'Audio director', []),
  person('mia.ikeda', 'Support team lead', ['SupportDesk', 'IdentifierReadOnly']),
  person('liam.hashimoto', 'Former engineer, access under review', ['NoIdentifierWrites']),
  service('ci-deployer', 'GitHub Actions deploy job', ['CiDeployment'], 2, ['block-anonymous-ip']),
  service('build-bot', 'Nightly build and master data upload', ['CiDeployment'], 1),
  service('liveops-scheduler', 'Schedules events and gift campaigns', ['LiveOpsOperator'], 1, [
    'office-ip-only',
  ]),
  service('analytics-exporter', 'Exports logs to BigQuery every hour', ['AnalyticsExport'], 1),
  service('support-desk', 'Support tool backend', ['SupportDesk'], 1, [
    'office-ip-only',
    'block-anonymous-ip',
  ]),
  service('qa-automation', 'Automated client test runs', ['ApplicationAccess'], 2),
  service(
    'matchmaking-worker',
    'Game server fleet: matchmaking callbacks',
    ['ApplicationAccess', 'DeliveryAccess'],
    1,
  ),
  service('ranking-batch', 'Daily ranking calculation', ['AnalyticsExport'], 1),
  service('store-webhook', 'App store receipt webhook', ['DeliveryAccess'], 1, ['block-anonymous-ip']),
  service('backup-agent', 'Weekly configuration backup', ['IdentifierReadOnly'], 1),
  service('monitoring-probe', 'Synthetic monitoring of login', ['UnauthenticatedAccess'], 1),
  service('loadtest-runner', 'Load tests before each release', ['ApplicationAccess'], 0),
  service('localization-sync', 'Syncs texts from the translation platform', ['CiDeployment'], 1),
  service(
    'event-importer',
    'Imports event calendars from the planning sheet',
    ['LiveOpsOperator', 'NoIdentifierWrites'],
    1,
  ),
  service('audit-reader', 'Quarterly access review export', ['IdentifierReadOnly'], 1),
];
