import type { UserResponse } from '../../wire/users';
import type { UserRec } from '../records';
import { policiesView, SERVICE_NAME } from './policies';
import type { ViewContext } from './view-context';

/** The console URL an IAM user signs in at; SCP's own is per environment. */
export function consoleUrl(v: ViewContext): string {
  return `https://console.${v.config.environment}.samsungsdscloud.com/iam/${v.accountId}`;
}

/** The 25 fields shared by every user shape. */
export function userBase(v: ViewContext, u: UserRec): UserResponse {
  return {
    account_id: v.accountId,
    company_name: u.company_name,
    created_at: u.created_at,
    created_by: u.created_by,
    description: u.description,
    dst_offset: u.utc_offset,
    email: u.email,
    email_authenticated: u.email_authenticated,
    first_name: u.first_name,
    id: u.id,
    last_login_at: u.last_login_at,
    last_name: u.last_name,
    last_password_update_at: u.last_password_update_at,
    modified_at: u.modified_at,
    modified_by: u.modified_by,
    name: [u.last_name, u.first_name].filter(Boolean).join(' ') || null,
    password_reuse_count: u.password_reuse_count,
    phone_authenticated: u.phone_authenticated,
    policies: policiesView(v, u.policy_ids),
    state: u.state,
    timezone: u.timezone,
    type: u.type,
    tz_id: u.timezone,
    user_name: u.user_name,
    utc_offset: u.utc_offset,
  };
}

export function groupNamesOf(v: ViewContext, userId: string): string[] {
  return v.store.groups.list((g) => g.members.some((m) => m.user_id === userId)).map((g) => g.name);
}

export const userListItem = (v: ViewContext, u: UserRec) => ({
  ...userBase(v, u),
  groups: groupNamesOf(v, u.id),
});

export function userDetail(v: ViewContext, u: UserRec) {
  return {
    ...userBase(v, u),
    created_by_name: v.person(u.created_by).name,
    modified_by_name: v.person(u.modified_by).name,
    resource_type: 'User',
    service: 'iam',
    service_name: SERVICE_NAME,
    srn: v.srn('user', u.id),
  };
}

/** The richest user shape in the seed: the user items of a policy's bindings. */
export function bindingUser(v: ViewContext, u: UserRec) {
  return {
    ...userBase(v, u),
    access_control: false,
    account_name: v.store.meta.get('account')?.account_name ?? '',
    allowed_ip_addresses: '',
    domain_name: 'scp',
    email_authenticate_code: '',
    groups: groupNamesOf(v, u.id),
    // SCP's directory keeps a Keycloak id per user; the emulator derives a stable one from the user id.
    keycloak_id: u.id.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
    keystone_credential: '',
    login_id: u.login_id,
    nation_id: u.nation_id,
    phone_number: u.phone_number,
    temporary_password: u.temporary_password,
    term_region_id: '1',
  };
}

export function userSortKey(u: UserRec, field: string): string {
  if (field === 'user_name') return u.user_name.toLowerCase();
  if (field === 'email') return (u.email ?? '').toLowerCase();
  if (field === 'last_login_at') return u.last_login_at ?? '';
  return field === 'modified_at' ? u.modified_at : u.created_at;
}
