import type { FieldErrors, FieldValues } from 'react-hook-form';

export type FlatError = { path: string; message: string };

function isLeaf(v: unknown): v is { message?: unknown; type?: unknown } {
  return typeof v === 'object' && v !== null && 'type' in v;
}

/** Turns react-hook-form's nested error tree into a list in field order, skipping errors without text. */
export function flattenErrors<T extends FieldValues>(errors: FieldErrors<T>): FlatError[] {
  const out: FlatError[] = [];
  const walk = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    if (isLeaf(node) && typeof node.message === 'string' && node.message !== '') {
      out.push({ path, message: node.message });
    }
    for (const [key, child] of Object.entries(node)) {
      // `ref` points at a DOM node and `types` repeats the message per rule; neither is an error branch.
      if (key === 'ref' || key === 'types' || key === 'message' || key === 'type') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return out;
}
