import type { Group, GroupMember } from '../../wire/groups';
import type { GroupRec, MemberRec, RoleRec } from '../records';
import { policiesView, SERVICE_NAME } from './policies';
import { roleView } from './roles';
import { stampNames, type ViewContext } from './view-context';

/** The roles a group relates to: those whose trust policy names the group's SRN as a principal. */
export function rolesOfGroup(v: ViewContext, g: GroupRec): RoleRec[] {
  const srn = v.srn('group', g.id);
  return v.store.roles.list(
    (r) => r.principals.some((p) => p.value === srn) || JSON.stringify(r.trust.document).includes(`"${srn}"`),
  );
}

export function memberView(v: ViewContext, m: MemberRec): GroupMember {
  const user = v.person(m.user_id);
  const creator = v.person(m.created_by);
  return {
    created_at: m.created_at,
    created_by: m.created_by,
    creator_created_at: creator.user?.created_at ?? m.created_at,
    creator_email: creator.email,
    creator_last_login_at: creator.user?.last_login_at ?? null,
    creator_name: creator.name,
    group_names: v.store.groups
      .list((g) => g.members.some((x) => x.user_id === m.user_id))
      .map((g) => g.name),
    user_created_at: user.user?.created_at ?? m.created_at,
    user_email: user.email,
    user_id: m.user_id,
    user_last_login_at: user.user?.last_login_at ?? null,
    user_name: user.user?.user_name ?? '-',
  };
}

export function groupView(v: ViewContext, g: GroupRec, opts: { members?: boolean } = {}): Group {
  return {
    created_at: g.created_at,
    created_by: g.created_by,
    ...stampNames(v, g),
    description: g.description,
    domain_name: 'scp',
    id: g.id,
    members: opts.members === false ? undefined : g.members.map((m) => memberView(v, m)),
    modified_at: g.modified_at,
    modified_by: g.modified_by,
    name: g.name,
    policies: policiesView(v, g.policy_ids),
    resource_type: 'group',
    roles: rolesOfGroup(v, g).map((r) => roleView(v, r, false)),
    service_name: SERVICE_NAME,
    service_type: 'iam',
    srn: v.srn('group', g.id),
    type: g.type,
  };
}

export function groupSortKey(g: GroupRec, field: string): string {
  if (field === 'name') return g.name.toLowerCase();
  return field === 'modified_at' ? g.modified_at : g.created_at;
}
