import { REMINDER_ACTIONS } from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';

type Kind = 'boolean' | 'days' | 'action' | 'user' | 'text';

/** The service attributes of the seed's Tables 60, 72 and 98, with their documented defaults. */
const ATTRIBUTES: Record<string, { kind: Kind; default?: string }> = {
  gtwayOwner: { kind: 'user' },
  gtwayOwnerApproval: { kind: 'boolean', default: 'FALSE' },
  gtwayManagerApproval: { kind: 'boolean', default: 'FALSE' },
  gtwayOwnerApprovalManual: { kind: 'boolean', default: 'FALSE' },
  gtwayManagerApprovalManual: { kind: 'boolean', default: 'FALSE' },
  gtwayApprovalGracePeriod: { kind: 'days', default: '0' },
  gtwayApprovalReminderActionId: { kind: 'action', default: '1' },
  gtwayOwnerRecert: { kind: 'boolean', default: 'FALSE' },
  gtwayManagerRecert: { kind: 'boolean', default: 'FALSE' },
  gtwayOwnerRecertManual: { kind: 'boolean', default: 'FALSE' },
  gtwayManagerRecertManual: { kind: 'boolean', default: 'FALSE' },
  gtwayRecertGracePeriod: { kind: 'days', default: '0' },
  gtwayRecertReminderActionId: { kind: 'action', default: '1' },
  gtwayParentService: { kind: 'text' },
  gtwayMemberNotification: { kind: 'boolean', default: 'FALSE' },
  gtwaySODCalloutRequired: { kind: 'boolean', default: 'FALSE' },
  gtwayDestroyIdOnRevoke: { kind: 'boolean', default: 'FALSE' },
  gtwayHideFromSelfCare: { kind: 'boolean', default: 'FALSE' },
  gtwayLastRecertDate: { kind: 'text' },
  gtwayRequestInstructions: { kind: 'text' },
  gtwayNoMembers: { kind: 'boolean', default: 'FALSE' },
  gtwayNotificationUser: { kind: 'user' },
  gtwayMgrNotification: { kind: 'boolean', default: 'FALSE' },
  gtwayProvisioningInstructions: { kind: 'text' },
  gtwayDeProvisioningInstructions: { kind: 'text' },
  gtwayServiceRequestXml: { kind: 'text' },
  gtwayServiceRequestXml2: { kind: 'text' },
  gtwayServiceCannotbeRequested: { kind: 'boolean', default: 'FALSE' },
};

/** Table 98 spells some attributes `gateway*`; those spellings are read as aliases. */
const ALIASES: Record<string, string> = {
  gatewayServiceRequestXml2: 'gtwayServiceRequestXml2',
  gatewayServiceCannotbeRequested: 'gtwayServiceCannotbeRequested',
};

export const MAX_SERVICE_NAME = 252;

export function defaultAttributes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, spec] of Object.entries(ATTRIBUTES)) if (spec.default !== undefined) out[k] = spec.default;
  return out;
}

/**
 * Validates one attribute value and returns the stored form: booleans as TRUE/FALSE like the user
 * entries' gtwayIsManager, numbers as digit strings. An empty value resets the attribute to its default.
 */
export function serviceAttribute(ctx: Ctx, rawName: string, value: string): [string, string | undefined] {
  const name = ALIASES[rawName] ?? rawName;
  const spec = ATTRIBUTES[name];
  if (!spec) throw fail.invalid(`Unknown service attribute "${rawName}"`, { [rawName]: 'unknown attribute' });
  const v = value.trim();
  if (v === '') return [name, spec.default];
  const bad = (why: string) => fail.invalid(`${name} ${why}`, { [name]: why });
  switch (spec.kind) {
    case 'boolean':
      if (!/^(true|false)$/i.test(v)) throw bad('must be true or false');
      return [name, v.toUpperCase()];
    case 'days':
      if (!/^\d+$/.test(v)) throw bad('must be a non-negative integer');
      return [name, String(Number(v))];
    case 'action':
      if (!(REMINDER_ACTIONS as readonly string[]).includes(v)) throw bad('must be 0, 1, 2, 3 or 4');
      return [name, v];
    case 'user':
      if (!ctx.store.users.has(v.toLowerCase())) throw bad('must be the gtwayUUID of an existing user');
      return [name, v.toLowerCase()];
    case 'text':
      return [name, value];
  }
}
