import type { Runtime } from '../runtime';

/** Demo data for a console walk-through, added to the bootstrap organization. */
export function seedDemo(_rt: Runtime): void {
  // Filled in with the demo organization's people, projects and settings.
}
