import type { z } from 'zod';
import { endpoint, proxyUrl, vendorCaller, type CallArgs, type Endpoint } from '@/lib/http/vendor-client';
import {
  AppManagementSetupResponseSchema,
  AppTextKeysResponseSchema,
  AttributeElementsResponseSchema,
  BrandingFilesResponseSchema,
  BrandingResponseSchema,
  DefaultLanguageResultSchema,
  EmailTemplatesResponseSchema,
  InstanceKbaResponseSchema,
  NoticeListSchema,
  NoticeTypesSchema,
  PasswordResetOptionsResponseSchema,
  PortalOptionsResponseSchema,
  RoleListSchema,
  RoleResponseSchema,
  SelfRegistrationOptionsResponseSchema,
  SelfServiceOptionsSchema,
  StatusObjectSchema,
  UsernameRecoveryOptionsResponseSchema,
  WrappedOkSchema,
} from '../wire';
import { ibmCipErrors } from '../errors';

const ss = <S extends z.ZodType>(method: Endpoint['method'], path: string, response: S) =>
  endpoint(method, `/GmaApi/ss${path}`, response);

/** The self-service ("ss") operations of the settings page (reference/ibm-cip.md §3.5). */
export const settingsEndpoints = {
  setup: ss('GET', '/initAppManagementSetup', AppManagementSetupResponseSchema),
  passwordReset: ss('GET', '/getPasswordResetOptions', PasswordResetOptionsResponseSchema),
  updatePasswordReset: ss('POST', '/updatePasswordResetOptions', WrappedOkSchema),
  kba: ss('GET', '/getKba', InstanceKbaResponseSchema),
  updateKba: ss('POST', '/updateKba', WrappedOkSchema),
  usernameRecovery: ss('GET', '/getUsernameRecoveryOptions', UsernameRecoveryOptionsResponseSchema),
  updateUsernameRecovery: ss('POST', '/updateUsernameRecoveryOptions', WrappedOkSchema),
  selfRegistration: ss('GET', '/getSelfRegistrationOptions', SelfRegistrationOptionsResponseSchema),
  updateSelfRegistration: ss('POST', '/updateSelfRegistrationOptions', WrappedOkSchema),
  portal: ss('GET', '/getPortalOptions', PortalOptionsResponseSchema),
  selfService: ss('GET', '/getSelfServiceOptions', SelfServiceOptionsSchema),
  updateSelfService: ss('PUT', '/updateSelfServiceOptions', StatusObjectSchema),
  emailTemplates: ss('GET', '/getEmailTemplate', EmailTemplatesResponseSchema),
  updateEmailTemplate: ss('POST', '/updateEmailTemplate', WrappedOkSchema),
  textKeys: ss('GET', '/getAppTextKeys', AppTextKeysResponseSchema),
  updateTextKeys: ss('POST', '/updateAppTextKeys', WrappedOkSchema),
  noticeTypes: ss('GET', '/noticeTypes', NoticeTypesSchema),
  notices: ss('GET', '/notices/type/{type}/langCode/{lang}', NoticeListSchema),
  addNotice: ss('POST', '/notices/type/{type}', StatusObjectSchema),
  brandingFiles: ss('GET', '/getBrandingFiles', BrandingFilesResponseSchema),
  branding: ss('GET', '/getBranding', BrandingResponseSchema),
  uploadBrandingFile: ss('POST', '/uploadBrandingFile', WrappedOkSchema),
  uploadBrandingFileIe9: ss('POST', '/uploadBrandingFile/IE9', WrappedOkSchema),
  roles: ss('GET', '/roles', RoleListSchema),
  role: ss('GET', '/role/{uuid}', RoleResponseSchema),
  updateRole: ss('PUT', '/role/{uuid}', WrappedOkSchema),
  updateRolePriority: ss('PUT', '/roles', StatusObjectSchema),
  formFields: ss('GET', '/getAttributeElements', AttributeElementsResponseSchema),
  updateFormFields: ss('POST', '/updateAttributeElements', WrappedOkSchema),
  updateDefaultLanguage: ss('PUT', '/updateDefaultLanguage/{lang}', DefaultLanguageResultSchema),
} as const;

export type SettingsOperation = keyof typeof settingsEndpoints;
type Result<K extends SettingsOperation> = z.output<(typeof settingsEndpoints)[K]['response']>;

const call = vendorCaller(ibmCipErrors);

/** Calls one self-service operation through the connection's proxy; the answer is parsed with its schema. */
export function ssCall<K extends SettingsOperation>(
  connectionId: string,
  operation: K,
  args?: CallArgs,
): Promise<Result<K>> {
  return call(connectionId, settingsEndpoints[operation] as Endpoint, args) as Promise<Result<K>>;
}

/**
 * SS3 answers the image itself, not JSON, so it is shown with an <img> pointing at the proxy. `version`
 * changes after an upload so the browser does not show its cached copy.
 */
export function brandingFileUrl(
  connectionId: string,
  instanceId: number,
  fileId: number,
  opts: { original?: boolean; version?: number } = {},
): string {
  const qs = new URLSearchParams({ instanceId: String(instanceId), fileId: String(fileId) });
  if (opts.original) qs.set('downloadOriginal', 'true');
  if (opts.version) qs.set('v', String(opts.version));
  return `${proxyUrl(connectionId, '/GmaApi/ss/getBrandingFile')}?${qs.toString()}`;
}
