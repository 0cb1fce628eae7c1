import type { Ctx } from '../config';
import { seedGroups, seedKba, seedServices } from './directory';
import { seedPeople } from './people';
import { seedSelfService } from './selfservice';

/** The demo tenant: the seed's own examples (so its requests work as printed) plus a small staff directory. */
export function seedDemo(ctx: Ctx): void {
  seedKba(ctx);
  const people = seedPeople(ctx);
  const staff = people.filter((u) => u.uuid.startsWith('5e1f'));
  seedGroups(ctx, staff);
  seedServices(ctx, staff);
  seedSelfService(ctx);
}
