import type { QueryKey } from '@tanstack/react-query';
import type {
  RolePriorityRequest,
  RoleRequest,
  UpdateAppTextKeysRequest,
  UpdateAttributeElementsRequest,
  UpdateEmailTemplateRequest,
  UpdateKbaRequest,
  UpdatePasswordResetOptionsRequest,
  UpdateSelfRegistrationOptionsRequest,
  UpdateUsernameRecoveryOptionsRequest,
} from '../wire';
import { useCipMutation, type CipMutationOptions } from '../queries/use-cip-mutation';
import { ssCall, type SettingsOperation } from './api';
import { settingsKeys } from './queries';
import { useSettingsText } from './settings-text';

/**
 * One JSON update of the settings, with its invalidation and the success toast. Forms pass `onError`, so
 * failures land on their fields instead of a toast.
 */
function useJsonUpdate<V>(
  operation: SettingsOperation,
  invalidates: (c: string, v: V) => QueryKey[],
  options?: CipMutationOptions<void, V>,
  args?: (v: V) => { params?: Record<string, string>; json?: unknown },
) {
  const t = useSettingsText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await ssCall(c, operation, args ? args(v) : { json: v });
      },
      invalidates,
      success: () => t.saved,
    },
    options,
  );
}

const instanceOf = (v: { instanceId: string | number }) => Number(v.instanceId);

export const useUpdatePasswordReset = (o?: CipMutationOptions<void, UpdatePasswordResetOptionsRequest>) =>
  useJsonUpdate('updatePasswordReset', (c, v) => [settingsKeys.passwordReset(c, instanceOf(v))], o);

/** SS25 also edits the tenant's question catalogue, which the users' security-question tabs read. */
export const useUpdateKbaOptions = (o?: CipMutationOptions<void, UpdateKbaRequest>) =>
  useJsonUpdate(
    'updateKba',
    (c, v) => [settingsKeys.kba(c, instanceOf(v)), [c, 'ibm-cip', 'kba-questions'], [c, 'ibm-cip', 'uuid']],
    o,
  );

export const useUpdateUsernameRecovery = (
  o?: CipMutationOptions<void, UpdateUsernameRecoveryOptionsRequest>,
) => useJsonUpdate('updateUsernameRecovery', (c) => [settingsKeys.usernameRecovery(c)], o);

export const useUpdateSelfRegistration = (
  o?: CipMutationOptions<void, UpdateSelfRegistrationOptionsRequest>,
) => useJsonUpdate('updateSelfRegistration', (c) => [settingsKeys.selfRegistration(c)], o);

export const useUpdateSelfService = (o?: CipMutationOptions<void, { selfDeletable: boolean }>) =>
  useJsonUpdate('updateSelfService', (c) => [settingsKeys.selfService(c)], o);

export const useUpdateEmailTemplate = (o?: CipMutationOptions<void, UpdateEmailTemplateRequest>) =>
  useJsonUpdate('updateEmailTemplate', (c, v) => [settingsKeys.emailTemplates(c, instanceOf(v))], o);

export const useUpdateTextKeys = (o?: CipMutationOptions<void, UpdateAppTextKeysRequest>) =>
  useJsonUpdate('updateTextKeys', (c, v) => [settingsKeys.textKeysOf(c, instanceOf(v))], o);

export type AddNoticeVars = { type: string; langCode: string; body: string };
export const useAddNotice = (o?: CipMutationOptions<void, AddNoticeVars>) =>
  useJsonUpdate(
    'addNotice',
    (c, v) => [settingsKeys.noticesOf(c, v.type)],
    o,
    (v) => ({
      params: { type: v.type },
      json: { langCode: v.langCode, body: v.body },
    }),
  );

export type UpdateRoleVars = { uuid: string; role: RoleRequest };
export const useUpdateRole = (o?: CipMutationOptions<void, UpdateRoleVars>) =>
  useJsonUpdate(
    'updateRole',
    (c) => [settingsKeys.roles(c)],
    o,
    (v) => ({
      params: { uuid: v.uuid },
      json: v.role,
    }),
  );

export const useUpdateRolePriority = (o?: CipMutationOptions<void, RolePriorityRequest>) =>
  useJsonUpdate('updateRolePriority', (c) => [settingsKeys.roles(c)], o);

export const useUpdateFormFields = (o?: CipMutationOptions<void, UpdateAttributeElementsRequest>) =>
  useJsonUpdate('updateFormFields', (c, v) => [settingsKeys.formFields(c, instanceOf(v), v.appType)], o);

export const useUpdateDefaultLanguage = (o?: CipMutationOptions<void, { lang: string }>) =>
  useJsonUpdate(
    'updateDefaultLanguage',
    () => [],
    o,
    (v) => ({ params: { lang: v.lang } }),
  );

export type UploadBrandingVars = { instanceId: number; fileId: number; file: File; ie9: boolean };

/** SS33/SS34: multipart with the image in a part named `file`. */
export function useUploadBrandingFile(o?: CipMutationOptions<void, UploadBrandingVars>) {
  const t = useSettingsText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const body = new FormData();
        body.append('file', v.file, v.file.name);
        await ssCall(c, v.ie9 ? 'uploadBrandingFileIe9' : 'uploadBrandingFile', {
          query: { instanceId: v.instanceId, fileId: v.fileId },
          body,
        });
      },
      invalidates: (c, v) => [settingsKeys.brandingFiles(c, v.instanceId)],
      success: () => t.saved,
    },
    o,
  );
}
