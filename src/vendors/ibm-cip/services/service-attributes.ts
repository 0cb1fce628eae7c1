import { REMINDER_ACTIONS, type ServiceEntry } from '../wire';

export type ServiceAttrKind = 'boolean' | 'days' | 'action' | 'user' | 'text' | 'long';

/** The editable service attributes (§8.5), grouped as the editor shows them. The parent is the tree's. */
export const SERVICE_SECTIONS = [
  {
    key: 'sectionOwnership',
    attrs: [
      ['gtwayOwner', 'user'],
      ['gtwayNotificationUser', 'user'],
    ],
  },
  {
    key: 'sectionApproval',
    attrs: [
      ['gtwayOwnerApproval', 'boolean'],
      ['gtwayManagerApproval', 'boolean'],
      ['gtwayOwnerApprovalManual', 'boolean'],
      ['gtwayManagerApprovalManual', 'boolean'],
      ['gtwayApprovalGracePeriod', 'days'],
      ['gtwayApprovalReminderActionId', 'action'],
    ],
  },
  {
    key: 'sectionRecert',
    attrs: [
      ['gtwayOwnerRecert', 'boolean'],
      ['gtwayManagerRecert', 'boolean'],
      ['gtwayOwnerRecertManual', 'boolean'],
      ['gtwayManagerRecertManual', 'boolean'],
      ['gtwayRecertGracePeriod', 'days'],
      ['gtwayRecertReminderActionId', 'action'],
      ['gtwayLastRecertDate', 'text'],
    ],
  },
  {
    key: 'sectionNotifications',
    attrs: [
      ['gtwayMemberNotification', 'boolean'],
      ['gtwayMgrNotification', 'boolean'],
    ],
  },
  {
    key: 'sectionBehaviour',
    attrs: [
      ['gtwaySODCalloutRequired', 'boolean'],
      ['gtwayDestroyIdOnRevoke', 'boolean'],
      ['gtwayHideFromSelfCare', 'boolean'],
      ['gtwayNoMembers', 'boolean'],
      ['gtwayServiceCannotbeRequested', 'boolean'],
    ],
  },
  {
    key: 'sectionInstructions',
    attrs: [
      ['gtwayRequestInstructions', 'long'],
      ['gtwayProvisioningInstructions', 'long'],
      ['gtwayDeProvisioningInstructions', 'long'],
    ],
  },
  {
    key: 'sectionAdvanced',
    attrs: [
      ['gtwayServiceRequestXml', 'long'],
      ['gtwayServiceRequestXml2', 'long'],
    ],
  },
] as const satisfies readonly {
  key: string;
  attrs: readonly (readonly [string, ServiceAttrKind])[];
}[];

export const SERVICE_ATTRS = SERVICE_SECTIONS.flatMap((s) => s.attrs.map(([name, kind]) => ({ name, kind })));

export type ServiceFormValues = Record<string, string | boolean>;

/** Booleans arrive as TRUE/FALSE strings (any case); a missing one is the documented default, false. */
export const isOn = (v: string | undefined) => v?.toLowerCase() === 'true';

/** The form's view of an S2 entry: checkboxes for booleans, strings for the rest ("" when unset). */
export function toServiceForm(entry: ServiceEntry): ServiceFormValues {
  return Object.fromEntries(
    SERVICE_ATTRS.map(({ name, kind }) => [
      name,
      kind === 'boolean' ? isOn(entry[name]) : (entry[name] ?? ''),
    ]),
  );
}

/**
 * What S8 must send: only changed attributes, booleans as TRUE/FALSE like the entries spell them. An
 * emptied field is sent empty, which returns the attribute to its default.
 */
export function serviceChanges(before: ServiceFormValues, after: ServiceFormValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name } of SERVICE_ATTRS) {
    const a = before[name];
    const b = after[name];
    if (a === b) continue;
    if (typeof b === 'boolean') out[name] = b ? 'TRUE' : 'FALSE';
    else out[name] = (b ?? '').trim() === '' ? '' : (b ?? '');
  }
  return out;
}

export const REMINDERS = REMINDER_ACTIONS;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const looksLikeUuid = (v: string) => UUID.test(v.trim());

/** Service names go into path segments; "names" would collide with S1. */
export function serviceNameProblem(name: string): 'invalid' | 'reserved' | undefined {
  const n = name.trim();
  if (n.length === 0 || n.length > 252 || n.includes('/')) return 'invalid';
  if (n === 'names') return 'reserved';
  return undefined;
}

/** Splits "a, b\nc" into distinct names; service names may hold spaces, so only commas and lines split. */
export const parseServiceNames = (text: string) => [
  ...new Set(
    text
      .split(/[,\n]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ),
];
