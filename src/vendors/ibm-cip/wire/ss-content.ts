import { z } from 'zod';
import { LooseIntSchema, wrapped } from './common';
import { InstanceIdInputSchema } from './ss-options';

/** SS3/SS33 file ids; 1, 6 and 9 do not exist. */
export const BRANDING_FILE_IDS = [2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14] as const;

/** SS4: undocumented; this listing is the emulator's own shape. */
export const BrandingFileSchema = z.object({
  fileId: z.number().int(),
  name: z.string(),
  description: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  customized: z.boolean(),
  ie9Customized: z.boolean(),
});
export type BrandingFile = z.infer<typeof BrandingFileSchema>;
export const BrandingFilesResponseSchema = wrapped({ files: z.array(BrandingFileSchema) });
export type BrandingFilesResponse = z.infer<typeof BrandingFilesResponseSchema>;

/** SS5: LESS variable name → value. */
export const BrandingResponseSchema = wrapped({ brandingDataMap: z.record(z.string(), z.string()) });
export type BrandingResponse = z.infer<typeof BrandingResponseSchema>;

/** SS10 (`emailTypeId`) and SS27 (`emailTypeID`). */
export const EmailLanguageSchema = z.object({
  langCode: z.string(),
  replyTo: z.string(),
  subject: z.string(),
  body: z.string(),
});
export const EmailTemplateSchema = z.object({
  emailTypeId: z.number().int(),
  languages: z.array(EmailLanguageSchema),
});
export type EmailTemplate = z.infer<typeof EmailTemplateSchema>;
export const EmailTemplatesResponseSchema = wrapped({ emails: z.array(EmailTemplateSchema) });
export type EmailTemplatesResponse = z.infer<typeof EmailTemplatesResponseSchema>;

export const UpdateEmailTemplateRequestSchema = z.object({
  instanceId: InstanceIdInputSchema,
  updatedData: z
    .array(
      z.object({
        emailTypeID: LooseIntSchema.pipe(z.number().int().positive()).optional(),
        emailTypeId: LooseIntSchema.pipe(z.number().int().positive()).optional(),
        languages: z.array(
          z.object({
            langCode: z.string().min(1),
            replyTo: z.string(),
            subject: z.string(),
            body: z.string(),
          }),
        ),
      }),
    )
    .min(1),
});
export type UpdateEmailTemplateRequest = z.input<typeof UpdateEmailTemplateRequestSchema>;

export const TEXT_KEY_TYPES = [
  'autocompleteKeys',
  'buttonKeys',
  'errorKeys',
  'footerKeys',
  'formKeys',
  'placeholderTextKeys',
  'tooltipTextKeys',
  'headerKeys',
  'attributeTextKeys',
  'profileKeys',
  'customValidationKeys',
  'validationKeys',
] as const;
export const TextKeyTypeSchema = z.enum(TEXT_KEY_TYPES);

/** SS12: `languages: [{"en-us": {attributeTextKeys, textKeys}}]`. */
export const LanguageTextKeysSchema = z.object({
  attributeTextKeys: z.record(z.string(), z.string()),
  textKeys: z.record(z.string(), z.record(z.string(), z.string())),
});
export type LanguageTextKeys = z.infer<typeof LanguageTextKeysSchema>;
export const AppTextKeysResponseSchema = wrapped({
  languages: z.array(z.record(z.string(), LanguageTextKeysSchema)),
});
export type AppTextKeysResponse = z.infer<typeof AppTextKeysResponseSchema>;

/** SS32. */
export const UpdateAppTextKeysRequestSchema = z.object({
  instanceId: InstanceIdInputSchema,
  updatedKeys: z.record(
    z.string().min(1),
    z.object({ textKeys: z.partialRecord(TextKeyTypeSchema, z.record(z.string(), z.string())) }),
  ),
});
export type UpdateAppTextKeysRequest = z.input<typeof UpdateAppTextKeysRequestSchema>;

export const FIELD_TYPES = ['checkbox', 'password', 'radio', 'select', 'text', 'textarea'] as const;

/** SS13/SS31 form items; most flags travel as "true"/"false" strings in the seed. */
export const FormItemSchema = z.looseObject({
  fieldName: z.string().optional(),
  fieldType: z.enum(FIELD_TYPES).optional(),
  label: z.string().optional(),
  editable: z.union([z.string(), z.boolean()]).optional(),
  initialValue: z.string().optional(),
  masked: z.union([z.string(), z.boolean()]).optional(),
  match: z.union([z.string(), z.boolean()]).optional(),
  more: z.string().optional(),
  required: z.union([z.string(), z.boolean()]).optional(),
  mapping: z.string().optional(),
  validationList: z.array(z.unknown()).optional(),
});
export const FormSectionSchema = z.object({
  header: z.string().optional(),
  sectionLabel: z.string().optional(),
  subHeader: z.string().optional(),
  items: z.array(FormItemSchema).optional(),
});
export type FormSection = z.infer<typeof FormSectionSchema>;
export const AttributeElementsResponseSchema = wrapped({
  ldapAttributes: z.array(z.string()),
  userIdv: z.boolean(),
  formSections: z.array(FormSectionSchema),
});
export type AttributeElementsResponse = z.infer<typeof AttributeElementsResponseSchema>;
export const UpdateAttributeElementsRequestSchema = z.object({
  instanceId: InstanceIdInputSchema,
  appType: z.string().trim().min(1),
  data: z.object({ formSections: z.array(FormSectionSchema) }),
});
export type UpdateAttributeElementsRequest = z.input<typeof UpdateAttributeElementsRequestSchema>;

/** SS14: rows are row-major, one per match, in the order of `columns`. */
export const AutocompleteRequestSchema = z.object({
  type: z.enum(['user', 'service']),
  searchString: z.string().min(1),
});
export const AutocompleteResponseSchema = wrapped({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type AutocompleteResponse = z.infer<typeof AutocompleteResponseSchema>;

export const NOTICE_TYPES = ['USER_SELF_DELETE', 'USER_CONSENT', 'USER_PRIVACY'] as const;
export const NoticeTypeSchema = z.enum(NOTICE_TYPES);
export type NoticeType = z.infer<typeof NoticeTypeSchema>;
export const NoticeTypesSchema = z.array(NoticeTypeSchema);

/** SS17: bare array, newest version first. */
export const NoticeSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  langCode: z.string(),
  body: z.string(),
  createTimestamp: z.string(),
});
export type Notice = z.infer<typeof NoticeSchema>;
export const NoticeListSchema = z.array(NoticeSchema);
export const AddNoticeRequestSchema = z.object({
  langCode: z.string().trim().min(1),
  body: z.string().min(1),
});

/** SS18: the DataTables server-side protocol. */
export const NoticeDataTablesRequestSchema = z.object({
  draw: LooseIntSchema.optional(),
  start: LooseIntSchema.pipe(z.number().int().nonnegative()).optional(),
  length: LooseIntSchema.optional(),
  order: z.array(z.object({ column: LooseIntSchema, dir: z.enum(['asc', 'desc']) })).optional(),
  search: z.object({ value: z.string(), regex: z.boolean().optional() }).optional(),
  columns: z.array(z.unknown()).optional(),
  language: z.string().optional(),
  limitFilter: z.unknown().optional(),
});
export const NoticeDataTablesResponseSchema = z.object({
  recordsTotal: z.number().int(),
  recordsFiltered: z.number().int(),
  draw: z.number().int(),
  data: z.array(z.tuple([z.string(), z.string(), z.string()])),
  optData: z.null(),
  status: wrapped({}).shape.status,
  searchTruncated: z.boolean(),
});
export type NoticeDataTablesResponse = z.infer<typeof NoticeDataTablesResponseSchema>;
