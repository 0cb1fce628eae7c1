import type { FormValues } from '../client';
import type { UserEntry } from '../wire';
import { attributeDef, ATTRIBUTES, valuesOf } from './attributes';

/** Edited values, one list per attribute; multi-valued attributes are edited one value per line. */
export type EditedAttributes = Readonly<Record<string, string>>;

const split = (text: string, multi: boolean) =>
  (multi ? text.split('\n') : [text]).map((v) => v.trim()).filter((v) => v !== '');

/** The editable attributes of a user: the catalogue's form sections plus whatever else the record holds. */
export function editableNames(entry: UserEntry): string[] {
  const names = ATTRIBUTES.filter((a) => a.section !== 'advanced' && !a.readOnly).map((a) => a.name);
  const known = new Set(names.map((n) => n.toLowerCase()));
  for (const name of Object.keys(entry)) {
    const def = attributeDef(name);
    if (!def.readOnly && !known.has(name.toLowerCase())) {
      names.push(name);
      known.add(name.toLowerCase());
    }
  }
  return names;
}

/** The form's starting text per attribute. */
export function toEdited(entry: UserEntry, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, valuesOf(entry[n]).join('\n')]));
}

const sameValues = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Splits the changes between the two calls that can make them: U10 (PUT) changes or clears only
 * attributes the record already has, and refuses others; I4 (editUser) adds the ones it lacks.
 */
export function diffAttributes(
  original: UserEntry,
  edited: EditedAttributes,
): { existing: FormValues; added: Record<string, string | string[]> } {
  const existing: Record<string, string | string[]> = {};
  const added: Record<string, string | string[]> = {};
  const has = new Map(Object.keys(original).map((k) => [k.toLowerCase(), k]));
  for (const [name, text] of Object.entries(edited)) {
    const def = attributeDef(name);
    if (def.readOnly) continue;
    const next = split(text, def.multi);
    const key = has.get(name.toLowerCase());
    if (key !== undefined) {
      if (sameValues(valuesOf(original[key]), next)) continue;
      // An empty value removes the attribute.
      existing[key] = next.length === 0 ? '' : next.length === 1 ? (next[0] ?? '') : next;
    } else if (next.length > 0) {
      added[name] = next.length === 1 ? (next[0] ?? '') : next;
    }
  }
  return { existing, added };
}
