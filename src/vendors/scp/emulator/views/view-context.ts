import type { Deps } from '../routing';
import type { UserRec } from '../records';
import { iamSrn } from '../srn';
import { metaOf } from '../store';

/** What every view needs: the store, the account and a cached user lookup for creator and modifier names. */
export type ViewContext = {
  accountId: string;
  srn(type: string, id: string): string;
  person(userId: string): { name: string; email: string; user: UserRec | undefined };
} & Deps;

/** `last first`, as the seed's "생성자 성, 이름" (creator's family and given name) reads. */
export function displayName(u: UserRec): string {
  const full = [u.last_name, u.first_name].filter(Boolean).join(' ');
  return full || u.user_name;
}

export function viewContext(deps: Deps): ViewContext {
  const { account_id } = metaOf(deps.store);
  const cache = new Map<string, UserRec | undefined>();
  return {
    ...deps,
    accountId: account_id,
    srn: (type, id) => iamSrn(deps.config.environment, account_id, type, id),
    person: (userId) => {
      if (!cache.has(userId)) cache.set(userId, deps.store.users.get(userId));
      const user = cache.get(userId);
      // The seed's default for an unknown creator or modifier is "-".
      return { name: user ? displayName(user) : '-', email: user?.email ?? '-', user };
    },
  };
}

/** creator_name/email and modifier_name/email of any stamped record. */
export function stampNames(v: ViewContext, r: { created_by: string; modified_by: string }) {
  const creator = v.person(r.created_by);
  const modifier = v.person(r.modified_by);
  return {
    creator_name: creator.name,
    creator_email: creator.email,
    modifier_name: modifier.name,
    modifier_email: modifier.email,
  };
}
