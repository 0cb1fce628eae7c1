import { POLICY_DOCUMENT_VERSION } from '../wire';
import { SYSTEM_OWNER, policyGrn } from './grn';
import type { PolicyRecord } from './store';

const document = (...statements: { Effect: 'Allow' | 'Deny'; Actions: string[] }[]) =>
  JSON.stringify({
    Version: POLICY_DOCUMENT_VERSION,
    Statements: statements.map((s) => ({ ...s, Resources: ['*'] })),
  });

/** A fixed date, so the built-in policies read the same on every start. */
const BUILT_AT = Date.UTC(2016, 3, 1);

/**
 * The GS2-defined policies named in the vendor's documentation. Only AdministratorAccess (allow all) is
 * documented precisely; the action lists of the other three are plausible stand-ins defined here.
 */
const COMMON: Omit<PolicyRecord, 'createdAt' | 'updatedAt'>[] = [
  {
    name: 'AdministratorAccess',
    description: 'Allows every GS2 API.',
    policy: document({ Effect: 'Allow', Actions: ['*'] }),
  },
  {
    name: 'ApplicationAccess',
    description: 'Allows only the APIs a game client may call without enabling cheating.',
    policy: document(
      {
        Effect: 'Allow',
        Actions: [
          'Gs2Account:CreateAccount',
          'Gs2Account:Authentication',
          'Gs2Auth:LoginBySignature',
          'Gs2Version:CheckVersion',
        ],
      },
      {
        Effect: 'Allow',
        Actions: [
          'Gs2Inventory:Describe*',
          'Gs2Inventory:Get*',
          'Gs2Inbox:*',
          'Gs2Ranking:Get*',
          'Gs2Ranking:Describe*',
        ],
      },
    ),
  },
  {
    name: 'DeliveryAccess',
    description: 'Allows what GS2-Distributor needs to deliver resources and process overflow.',
    policy: document({
      Effect: 'Allow',
      Actions: ['Gs2Distributor:*', 'Gs2Inbox:SendMessageByUserId', 'Gs2Inventory:AcquireItemSetByUserId'],
    }),
  },
  {
    name: 'UnauthenticatedAccess',
    description: 'Allows only what is needed before login, login included.',
    policy: document({
      Effect: 'Allow',
      Actions: [
        'Gs2Version:CheckVersion',
        'Gs2Account:CreateAccount',
        'Gs2Account:Authentication',
        'Gs2Auth:LoginBySignature',
      ],
    }),
  },
];

export const COMMON_POLICIES: readonly PolicyRecord[] = COMMON.map((p) => ({
  ...p,
  createdAt: BUILT_AT,
  updatedAt: BUILT_AT,
}));

export const commonPolicyGrn = (name: string) => policyGrn(SYSTEM_OWNER, name);
export const ADMINISTRATOR_ACCESS_GRN = commonPolicyGrn('AdministratorAccess');
