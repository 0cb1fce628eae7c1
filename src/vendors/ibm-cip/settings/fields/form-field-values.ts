import { z } from 'zod';
import { FIELD_TYPES, type FormSection, type UpdateAttributeElementsRequest } from '../../wire';

/** The API sends these flags as "true"/"false" strings (SS31's example) and sometimes as booleans. */
const flag = (v: unknown) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');

export const FieldItemSchema = z.object({
  fieldName: z.string(),
  label: z.string(),
  fieldType: z.enum(FIELD_TYPES),
  required: z.boolean(),
  editable: z.boolean(),
  masked: z.boolean(),
  match: z.boolean(),
  more: z.string(),
});
export const FormFieldsSchema = z.object({
  sections: z.array(z.object({ items: z.array(FieldItemSchema) })),
});
export type FormFieldsValues = z.infer<typeof FormFieldsSchema>;

export function toFormFieldsValues(sections: readonly FormSection[]): FormFieldsValues {
  return {
    sections: sections.map((s) => ({
      items: (s.items ?? []).map((i) => ({
        fieldName: i.fieldName ?? i.mapping ?? '',
        label: i.label ?? '',
        fieldType: i.fieldType ?? 'text',
        required: flag(i.required),
        editable: flag(i.editable),
        masked: flag(i.masked),
        match: flag(i.match),
        more: i.more ?? '',
      })),
    })),
  };
}

/**
 * SS31 replaces the whole form, so every section and item goes back with the keys the console does not
 * edit (children, idv, validationList…) as they were; flags keep the API's string spelling.
 */
export function fromFormFieldsValues(
  instanceId: number,
  appType: string,
  original: readonly FormSection[],
  v: FormFieldsValues,
): UpdateAttributeElementsRequest {
  return {
    instanceId: String(instanceId),
    appType,
    data: {
      formSections: original.map((section, si) => ({
        ...section,
        items: (section.items ?? []).map((item, ii) => {
          const edit = v.sections[si]?.items[ii];
          if (!edit) return item;
          return {
            ...item,
            label: edit.label,
            fieldType: edit.fieldType,
            required: String(edit.required),
            editable: String(edit.editable),
            masked: String(edit.masked),
            match: String(edit.match),
            more: edit.more,
          };
        }),
      })),
    },
  };
}
