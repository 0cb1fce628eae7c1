import type { MatrixCellChange } from '@/components/matrix';
import type { BooleanCell } from '@/components/matrix';
import type { UserAssignRole } from '../wire/common';

/**
 * Applies staged cell changes (column = role ID) to a member's current assignments. Untouched roles keep
 * their conditions; a granted role is added without conditions; the order of existing roles is kept.
 */
export function applyRoleChanges(
  current: readonly UserAssignRole[],
  changes: readonly MatrixCellChange<BooleanCell>[],
): UserAssignRole[] {
  const removed = new Set(changes.filter((c) => c.to === 'unchecked').map((c) => c.columnId));
  const kept = current.filter((r) => !removed.has(r.roleId));
  const have = new Set(kept.map((r) => r.roleId));
  const added = changes
    .filter((c) => c.to === 'checked' && !have.has(c.columnId))
    .map((c): UserAssignRole => ({ roleId: c.columnId }));
  return [...kept, ...added];
}
