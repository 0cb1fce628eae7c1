import type { ApprovalProcess } from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { ServiceDoc } from '../model';

/** Service names are unique without regard to case (CIP-UNDOC); documents are keyed by the lower-cased name. */
export const serviceKey = (name: string) => name.toLowerCase();

export function serviceOf(ctx: Ctx, name: string): ServiceDoc {
  const s = ctx.store.services.get(serviceKey(name));
  if (!s) throw fail.notFound('Service', name);
  return s;
}

export const save = (ctx: Ctx, s: ServiceDoc) => ctx.store.services.put(serviceKey(s.name), s);

export const parentOf = (s: ServiceDoc) => s.attrs.gtwayParentService;

export function childrenOf(ctx: Ctx, s: ServiceDoc): ServiceDoc[] {
  return ctx.store.services.list(
    (x) => parentOf(x) !== undefined && serviceKey(parentOf(x) ?? '') === serviceKey(s.name),
  );
}

/** True when `to` is reachable from `from` by following `next`, i.e. an edge to→from would close a cycle. */
function reaches(from: string, to: string, next: (key: string) => string[]): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const k = stack.pop() ?? '';
    if (k === to) return true;
    if (seen.has(k)) continue;
    seen.add(k);
    stack.push(...next(k));
  }
  return false;
}

/**
 * Makes `child` a child of `parent`. A child has only one parent, so this re-parents it (CIP-UNDOC); a
 * service cannot become its own ancestor.
 */
export function setParent(ctx: Ctx, child: ServiceDoc, parent: ServiceDoc): ServiceDoc {
  const ancestors = (k: string) => {
    const p = ctx.store.services.get(k);
    const up = p ? parentOf(p) : undefined;
    return up ? [serviceKey(up)] : [];
  };
  if (reaches(serviceKey(parent.name), serviceKey(child.name), ancestors)) {
    throw fail.hierarchy(
      `${child.name} cannot be a child of ${parent.name}: the hierarchy would contain a cycle`,
    );
  }
  return { ...child, attrs: { ...child.attrs, gtwayParentService: parent.name } };
}

export function clearParent(child: ServiceDoc): ServiceDoc {
  const attrs = { ...child.attrs };
  Reflect.deleteProperty(attrs, 'gtwayParentService');
  return { ...child, attrs };
}

/** Containment is many-to-many but must not loop back on itself either. */
export function contain(
  ctx: Ctx,
  container: ServiceDoc,
  contained: ServiceDoc,
  process: ApprovalProcess,
): ServiceDoc {
  const inner = (k: string) => Object.keys(ctx.store.services.get(k)?.contained ?? {});
  if (reaches(serviceKey(contained.name), serviceKey(container.name), inner)) {
    throw fail.hierarchy(
      `${container.name} cannot contain ${contained.name}: containment would contain a cycle`,
    );
  }
  return { ...container, contained: { ...container.contained, [serviceKey(contained.name)]: process } };
}

export function containersOf(ctx: Ctx, s: ServiceDoc): ServiceDoc[] {
  return ctx.store.services.list((x) => serviceKey(s.name) in x.contained);
}

export function containedOf(ctx: Ctx, s: ServiceDoc): ServiceDoc[] {
  return Object.keys(s.contained)
    .map((k) => ctx.store.services.get(k))
    .filter((x): x is ServiceDoc => x !== undefined);
}
