import { createHash, randomBytes } from 'node:crypto';
import type { PasswordRule } from '../wire/governance';
import type { IamMemberWritable } from '../wire/iam';
import { NhnError, RESULT } from './errors';
import type { OrgRecord } from './store';

const USER_CODE = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/**
 * The documented rules of an IAM member's writable fields, with their codes: userCode length (-200201)
 * and format (-200202), name length (-200203), then the other required and dependent fields (400).
 */
export function checkIamMember(member: IamMemberWritable, org: OrgRecord, creating: boolean): void {
  if (member.userCode.length === 0 || member.userCode.length > 20)
    throw new NhnError(RESULT.USER_CODE_LENGTH);
  if (!USER_CODE.test(member.userCode)) throw new NhnError(RESULT.USER_CODE_FORMAT);
  if (member.name.length === 0 || member.name.length > 60) throw new NhnError(RESULT.NAME_LENGTH);
  const invalid = (what: string) => new NhnError(RESULT.INVALID_PARAMETER, `Invalid parameter: ${what}.`);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(member.emailAddress)) throw invalid('emailAddress');
  if (creating && member.status !== 'member') throw invalid('status must be member when adding a member');
  if (member.mobilePhone && !member.mobilePhoneCountryCode)
    throw invalid('mobilePhoneCountryCode is required with mobilePhone');
  if (member.idProviderType === 'sso' && !org.ssoEnabled)
    throw invalid('idProviderType sso needs SSO integration');
}

/** Reasons a password breaks the org's policy (#41), or none. */
export function passwordViolations(password: string, rule: PasswordRule): string[] {
  const c = rule.passwordConstraints;
  const out: string[] = [];
  if (password.length < c.minLength) out.push(`at least ${c.minLength} characters`);
  if (c.mustIncludeUpperCase && !/[A-Z]/.test(password)) out.push('an uppercase letter');
  if (c.mustIncludeLowerCase && !/[a-z]/.test(password)) out.push('a lowercase letter');
  if (c.mustIncludeNumberCase && !/[0-9]/.test(password)) out.push('a digit');
  if (c.mustIncludeSpecialCase && !/[^A-Za-z0-9]/.test(password)) out.push('a special character');
  if (c.mustNotIncludeIllegalSequence && hasSequence(password))
    out.push('no 4 repeated or consecutive letters or digits');
  return out;
}

/** 1111, 1234, abcd, dcba: four letters or digits that repeat or step by one. */
function hasSequence(password: string): boolean {
  const text = password.toLowerCase();
  for (let i = 0; i + 3 < text.length; i++) {
    if (!/^[a-z0-9]{4}$/.test(text.slice(i, i + 4))) continue;
    const steps = [1, 2, 3].map((j) => text.charCodeAt(i + j) - text.charCodeAt(i + j - 1));
    if ([0, 1, -1].some((step) => steps.every((s) => s === step))) return true;
  }
  return false;
}

/** Salted SHA-256: the emulator never shows a password back, so a slow hash buys nothing here. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${createHash('sha256')
    .update(salt + password)
    .digest('hex')}`;
}

export function passwordMatches(password: string, stored: string | null): boolean {
  const [salt, hash] = (stored ?? '').split(':');
  return (
    salt !== undefined &&
    hash !== undefined &&
    createHash('sha256')
      .update(salt + password)
      .digest('hex') === hash
  );
}

/** Where #35 may send the user back to after setting a password. */
export function allowedReturnUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return ['toast.com', 'dooray.com', 'nhncloud.com'].some((d) => host === d || host.endsWith(`.${d}`));
  } catch {
    return false;
  }
}
