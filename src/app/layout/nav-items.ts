import { paths } from '../paths';

/**
 * Console-wide navigation entries. Features append theirs here; vendor pages come from the vendor
 * registry and appear under the selected connection. `roles` hides entries a role cannot use (the
 * server enforces the same rule).
 */
export type NavItem = { to: string; label: string; roles?: readonly ('admin' | 'operator' | 'viewer')[] };

export const consoleNav: NavItem[] = [{ to: paths.connections.href(), label: 'Connections' }];
