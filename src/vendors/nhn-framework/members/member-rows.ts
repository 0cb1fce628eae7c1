import type { OrgMember, ProjectMember } from '../wire/members';

/** One row of a members table, whichever list it came from. Emails are the vendor's masked form. */
export type MemberRow = {
  key: string;
  name: string;
  email: string;
  type: string;
  invite: string;
  joined: string | null | undefined;
  lastSignIn?: string | null | undefined;
  twoStep?: boolean | undefined;
};

/** Invitees have no UUID yet; their key falls back to the (masked) email and position. */
export function orgMemberRow(m: OrgMember, index: number): MemberRow {
  return {
    key: m.memberUuid ?? `invite:${m.maskingEmail}:${String(index)}`,
    name: m.memberName,
    email: m.maskingEmail,
    type: m.memberTypeCode,
    invite: m.inviteStatusCode ?? 'UNKNOWN',
    joined: m.joinYmdt,
    lastSignIn: m.recentLoginYmdt,
    twoStep: m.secondFactorCertificationYn === undefined ? undefined : m.secondFactorCertificationYn === 'Y',
  };
}

export function projectMemberRow(m: ProjectMember, index: number): MemberRow {
  return {
    key: m.uuid ?? `invite:${m.maskingEmail ?? ''}:${String(index)}`,
    name: m.memberName ?? '',
    email: m.maskingEmail ?? m.emailAddress ?? '',
    type: m.memberTypeCode ?? '',
    invite: m.statusCode ?? 'UNKNOWN',
    joined: m.relationDateTime,
  };
}

/** How a member is named in lists and confirmations: the name, else the masked email. */
export function memberLabel(m: ProjectMember): string {
  const email = m.maskingEmail ?? m.emailAddress;
  return m.memberName ? `${m.memberName}${email ? ` (${email})` : ''}` : (email ?? '—');
}
