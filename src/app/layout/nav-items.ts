import { paths } from '../paths';

/**
 * Console-wide navigation entries. Features append theirs here; vendor pages come from the vendor
 * registry and appear under the selected connection. `roles` hides entries a role cannot use (the
 * server enforces the same rule).
 */
export type NavRole = 'admin' | 'operator' | 'viewer';
export type NavItem = { to: string; label: string; roles?: readonly NavRole[] };

export const consoleNav: NavItem[] = [
  { to: paths.connections.href(), label: 'Connections' },
  { to: paths.audit.href(), label: 'Audit log' },
  { to: paths.operators.href(), label: 'Operators', roles: ['admin'] },
];

/** The entries a role may see; entries without `roles` are for everyone. */
export function navFor(role: NavRole | undefined, items: readonly NavItem[] = consoleNav): NavItem[] {
  return items.filter((item) => !item.roles || (role !== undefined && item.roles.includes(role)));
}
