/**
 * The seed's response examples reduced to their key structure: an object maps keys to shapes, an array holds
 * the shape of its first item, and leaves are `string`, `number`, `boolean` or `any` (the seed's "" and
 * "true" placeholders, and nulls, say nothing about the type).
 */
export type Shape = string | Shape[] | { [key: string]: Shape };

/** Keys whose example shows a scalar where the model says array (the seed's own inconsistency). */
const SCALAR_OR_ARRAY = new Set(['Action', 'NotAction', 'Resource']);
/** Policy content, not structure: any condition map and any principal form the model allows. */
const FREE_FORM = new Set(['Condition', 'Principal']);

/** Every mismatch between an actual response and the example's shape, as readable paths. */
export function shapeMismatches(actual: unknown, shape: Shape, path = '$'): string[] {
  if (FREE_FORM.has(path.split('.').at(-1) ?? '')) return [];
  if (typeof shape === 'string') {
    if (shape === 'any' || actual === null) return [];
    const key = path.split('.').at(-1) ?? '';
    if (SCALAR_OR_ARRAY.has(key) && Array.isArray(actual)) return [];
    return typeof actual === shape ? [] : [`${path}: expected ${shape}, got ${typeof actual}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array`];
    const item = shape[0];
    return item === undefined ? [] : actual.flatMap((a, i) => shapeMismatches(a, item, `${path}[${i}]`));
  }
  if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) {
    return [`${path}: expected an object`];
  }
  const obj = actual as Record<string, unknown>;
  return Object.entries(shape).flatMap(([k, s]) =>
    k in obj ? shapeMismatches(obj[k], s, `${path}.${k}`) : [`${path}.${k}: missing`],
  );
}
