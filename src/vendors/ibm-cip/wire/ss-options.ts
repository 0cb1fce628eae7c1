import { z } from 'zod';
import { LooseBooleanSchema, LooseIntSchema, LooseOptionalIntSchema, wrapped } from './common';

/** Instance ids travel as numbers in responses and as strings or numbers in requests. */
const InstanceIdInput = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

export const PasswordResetOptionsSchema = z.object({
  instanceId: z.number().int(),
  sendTempEmail: z.boolean(),
  sendSuccessEmail: z.boolean(),
  sendUrlEmail: z.boolean(),
  emailTokenExpire: z.number().int(),
  pwdTokenExpire: z.number().int(),
  kbaQuestionCount: z.number().int(),
  validationOptionId: z.number().int(),
});
export type PasswordResetOptions = z.infer<typeof PasswordResetOptionsSchema>;
/** SS1: a map keyed by the instance id as a string. */
export const PasswordResetOptionsResponseSchema = wrapped({
  options: z.record(z.string(), PasswordResetOptionsSchema),
});
export type PasswordResetOptionsResponse = z.infer<typeof PasswordResetOptionsResponseSchema>;

export const SelfRegistrationOptionsSchema = z.object({
  instanceId: z.number().int(),
  manualApproval: z.boolean(),
  defaultApprover: z.string(),
  useIdv: z.boolean(),
  idvFailResolution: z.string(),
  multipleIdvFailResolution: z.string(),
  primaryUsernamePreference: z.string(),
  secondaryUsernamePreference: z.string(),
  requireManagerApproval: z.boolean(),
  requirePolicyCheck: z.boolean(),
  sendPendingEmail: z.boolean(),
  sendRejectEmail: z.boolean(),
  sendSuccessEmail: z.boolean(),
  useAccountClaiming: z.boolean(),
  useKba: z.boolean(),
  secUsernamePreferenceOtherAttrName: z.string(),
  usernamePreferenceOtherAttrName: z.string(),
});
export type SelfRegistrationOptions = z.infer<typeof SelfRegistrationOptionsSchema>;
/** SS7, SS8, SS9 answer arrays over every instance. */
export const SelfRegistrationOptionsResponseSchema = wrapped({
  options: z.array(SelfRegistrationOptionsSchema),
});
export type SelfRegistrationOptionsResponse = z.infer<typeof SelfRegistrationOptionsResponseSchema>;

export const UsernameRecoveryOptionsSchema = z.object({
  instanceId: z.number().int(),
  sendRecoveryEmail: z.boolean(),
  validationOptionId: z.number().int(),
  showUsername: z.boolean(),
});
export type UsernameRecoveryOptions = z.infer<typeof UsernameRecoveryOptionsSchema>;
export const UsernameRecoveryOptionsResponseSchema = wrapped({
  options: z.array(UsernameRecoveryOptionsSchema),
});
export type UsernameRecoveryOptionsResponse = z.infer<typeof UsernameRecoveryOptionsResponseSchema>;

export const PortalColumnSchema = z.object({
  attributeTypeId: z.number().int(),
  attributeName: z.string(),
  columnOrder: z.number().int(),
});
export const PortalOptionsSchema = z.object({
  instanceId: z.number().int(),
  userColumns: z.array(PortalColumnSchema),
  serviceColumns: z.array(PortalColumnSchema),
});
export type PortalOptions = z.infer<typeof PortalOptionsSchema>;
export const PortalOptionsResponseSchema = wrapped({ options: z.array(PortalOptionsSchema) });
export type PortalOptionsResponse = z.infer<typeof PortalOptionsResponseSchema>;

/** SS15 is bare. */
export const SelfServiceOptionsSchema = z.object({ selfDeletable: z.boolean() });
export type SelfServiceOptions = z.infer<typeof SelfServiceOptionsSchema>;
export const UpdateSelfServiceOptionsRequestSchema = z.object({ selfDeletable: LooseBooleanSchema });

/** SS23. */
export const UpdateSelfRegistrationOptionsRequestSchema = z.object({
  instanceId: InstanceIdInput,
  data: z.object({
    options: z.object({
      useIdv: LooseBooleanSchema,
      requireManagerApproval: LooseBooleanSchema,
      requirePolicyCheck: LooseBooleanSchema,
      sendPendingEmail: LooseBooleanSchema,
      sendRejectEmail: LooseBooleanSchema,
      sendSuccessEmail: LooseBooleanSchema,
      useAccountClaiming: LooseBooleanSchema,
      useKba: LooseBooleanSchema,
      manualApproval: LooseBooleanSchema.optional(),
      defaultApprover: z.string().optional(),
      idvFailResolution: z.string().optional(),
      multipleIdvFailResolution: z.string().optional(),
      primaryUsernamePreference: z.string().optional(),
      secondaryUsernamePreference: z.string().optional(),
      secUsernamePreferenceOtherAttrName: z.string().optional(),
      usernamePreferenceOtherAttrName: z.string().optional(),
    }),
  }),
});
export type UpdateSelfRegistrationOptionsRequest = z.input<typeof UpdateSelfRegistrationOptionsRequestSchema>;

/** SS24: `sendTempEmail`, `pwdTokenExpire` and `validationOptionId` cannot be set through the API. */
export const UpdatePasswordResetOptionsRequestSchema = z.object({
  instanceId: InstanceIdInput,
  data: z.object({
    options: z.object({
      sendSuccessEmail: LooseBooleanSchema,
      kbaQuestionCount: LooseIntSchema.pipe(z.number().int().nonnegative()),
      sendUrlEmail: LooseBooleanSchema,
      emailTokenExpire: LooseIntSchema.pipe(z.number().int().positive()).optional(),
    }),
  }),
});
export type UpdatePasswordResetOptionsRequest = z.input<typeof UpdatePasswordResetOptionsRequestSchema>;

/** SS26. */
export const UpdateUsernameRecoveryOptionsRequestSchema = z.object({
  instanceId: InstanceIdInput,
  data: z.object({
    options: z.object({ sendRecoveryEmail: LooseBooleanSchema, showUsername: LooseBooleanSchema }),
  }),
});
export type UpdateUsernameRecoveryOptionsRequest = z.input<typeof UpdateUsernameRecoveryOptionsRequestSchema>;

/** SS2 `kba`: the instance's KBA rules and the question texts per language. */
export const KbaQuestionTextSchema = z.object({
  id: z.number().int().positive(),
  deprecated: z.boolean(),
  question: z.string(),
});
export const InstanceKbaSchema = z.object({
  minRequired: z.number().int(),
  maxRequired: z.number().int().nullable(),
  uniqueAnswers: z.boolean(),
  maxQuestionNum: z.number().int(),
  minCharacterLength: z.number().int(),
  questions: z.record(z.string(), z.array(KbaQuestionTextSchema)),
  availableQuestions: z.record(z.string(), z.array(KbaQuestionTextSchema)),
});
export type InstanceKba = z.infer<typeof InstanceKbaSchema>;
export const InstanceKbaResponseSchema = wrapped({ kba: InstanceKbaSchema });
export type InstanceKbaResponse = z.infer<typeof InstanceKbaResponseSchema>;

/** SS25. */
export const UpdateKbaRequestSchema = z.object({
  instanceId: InstanceIdInput,
  data: z.object({
    minRequired: LooseIntSchema.pipe(z.number().int().nonnegative()),
    maxRequired: LooseOptionalIntSchema.optional(),
    minCharacterLength: LooseIntSchema.pipe(z.number().int().positive()),
    uniqueAnswers: LooseBooleanSchema,
    questions: z.record(
      z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i),
      z.array(
        z.object({
          id: LooseIntSchema.pipe(z.number().int().positive()),
          deprecated: LooseBooleanSchema,
          question: z.string().min(1),
        }),
      ),
    ),
  }),
});
export type UpdateKbaRequest = z.input<typeof UpdateKbaRequestSchema>;

/** SS20 (also reachable as `updateCreateNewInstance`, the path of the seed's curl example). */
export const CreateInstanceRequestSchema = z.object({
  instanceName: z.string().trim().min(1),
  copyFrom: InstanceIdInput,
});
export type CreateInstanceRequest = z.input<typeof CreateInstanceRequestSchema>;
export const InstanceSchema = z.object({ id: z.number().int(), name: z.string() });
export type Instance = z.infer<typeof InstanceSchema>;
export const CreateInstanceResponseSchema = wrapped({ instance: InstanceSchema });
export type CreateInstanceResponse = z.infer<typeof CreateInstanceResponseSchema>;

/** SS6: the element shapes are not documented; every list is `{id, name}` except the application map. */
export const SetupItemSchema = z.object({ id: z.union([z.number().int(), z.string()]), name: z.string() });
export type SetupItem = z.infer<typeof SetupItemSchema>;
export const AppManagementSetupResponseSchema = wrapped({
  applications: z.array(SetupItemSchema),
  instanceTypes: z.array(SetupItemSchema),
  instances: z.array(SetupItemSchema),
  validations: z.array(SetupItemSchema),
  attributeTypes: z.array(SetupItemSchema),
  provisionResolutions: z.array(SetupItemSchema),
  fieldTypes: z.array(SetupItemSchema),
  usernameOptions: z.array(SetupItemSchema),
  emails: z.array(SetupItemSchema),
  applicationRoles: z.array(SetupItemSchema),
  portalApplicationSections: z.array(SetupItemSchema),
  usernameValidationOptions: z.array(SetupItemSchema),
  passwordResetValidationOptions: z.array(SetupItemSchema),
  applicationMap: z.array(z.object({ applicationId: z.number().int(), appType: z.string() })),
});
export type AppManagementSetupResponse = z.infer<typeof AppManagementSetupResponseSchema>;

export { InstanceIdInput as InstanceIdInputSchema };
