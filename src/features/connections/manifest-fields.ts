import type { z } from 'zod';
import { localText } from '@/lib/i18n/local-text';
import type { Locale } from '@/lib/i18n/locale';
import type { VendorManifest } from '@/vendors/manifest-types';

/** How the form shows one connection setting, read from the vendor manifest's zod schema. */
export type FieldSpec = {
  key: string;
  label: string;
  help: string | undefined;
  kind: 'select' | 'secret' | 'text';
  options: readonly string[];
  required: boolean;
  /** The schema's default, or '' — forms need a complete set of values. */
  initial: string;
};

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Looks through optional/default/nullable wrappers to the field's own type. */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  while ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
    def = defOf(def.innerType);
  }
  return def;
}

/** The form fields of a vendor's connection settings, in schema order, labelled in `locale`. */
export function fieldsOf(manifest: VendorManifest, locale: Locale = 'en'): FieldSpec[] {
  const shape = manifest.connectionSchema.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, schema]) => {
    const def = unwrap(schema);
    const empty = schema.safeParse(undefined);
    const text = manifest.connectionFieldText[key];
    return {
      key,
      label: text ? localText(text.label, locale) : key,
      help: localText(text?.help, locale),
      kind: manifest.secretFields.includes(key) ? 'secret' : def.type === 'enum' ? 'select' : 'text',
      options: def.type === 'enum' ? Object.values(def.entries ?? {}) : [],
      required: !empty.success,
      initial: empty.success && typeof empty.data === 'string' ? empty.data : '',
    };
  });
}
