import { queryOptions } from '@tanstack/react-query';
import { ssCall } from './api';

/** Every settings key starts `[connectionId, 'ibm-cip', 'settings']`, so one invalidation can drop them all. */
export const settingsKeys = {
  all: (c: string) => [c, 'ibm-cip', 'settings'] as const,
  setup: (c: string) => [c, 'ibm-cip', 'settings', 'setup'] as const,
  passwordReset: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'password-reset', i] as const,
  kba: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'kba', i] as const,
  /** SS7–SS9 answer every instance at once, so their keys are not per instance. */
  usernameRecovery: (c: string) => [c, 'ibm-cip', 'settings', 'username-recovery'] as const,
  selfRegistration: (c: string) => [c, 'ibm-cip', 'settings', 'self-registration'] as const,
  portal: (c: string) => [c, 'ibm-cip', 'settings', 'portal'] as const,
  selfService: (c: string) => [c, 'ibm-cip', 'settings', 'self-service'] as const,
  emailTemplates: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'email-templates', i] as const,
  textKeys: (c: string, i: number, appType: string, lang: string) =>
    [c, 'ibm-cip', 'settings', 'text-keys', i, appType, lang] as const,
  textKeysOf: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'text-keys', i] as const,
  noticeTypes: (c: string) => [c, 'ibm-cip', 'settings', 'notice-types'] as const,
  notices: (c: string, type: string, lang: string) =>
    [c, 'ibm-cip', 'settings', 'notices', type, lang] as const,
  noticesOf: (c: string, type: string) => [c, 'ibm-cip', 'settings', 'notices', type] as const,
  brandingFiles: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'branding-files', i] as const,
  branding: (c: string, i: number) => [c, 'ibm-cip', 'settings', 'branding', i] as const,
  roles: (c: string) => [c, 'ibm-cip', 'settings', 'roles'] as const,
  role: (c: string, uuid: string) => [c, 'ibm-cip', 'settings', 'roles', uuid] as const,
  formFields: (c: string, i: number, appType: string) =>
    [c, 'ibm-cip', 'settings', 'form-fields', i, appType] as const,
};

export const setupQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.setup(c),
    queryFn: ({ signal }) => ssCall(c, 'setup', { signal }),
  });

/** SS1 for one instance; the map may lack it when the instance was never configured. */
export const passwordResetQuery = (c: string, i: number) =>
  queryOptions({
    queryKey: settingsKeys.passwordReset(c, i),
    queryFn: async ({ signal }) =>
      (await ssCall(c, 'passwordReset', { query: { instanceId: i }, signal })).options[String(i)] ?? null,
  });

export const kbaOptionsQuery = (c: string, i: number) =>
  queryOptions({
    queryKey: settingsKeys.kba(c, i),
    queryFn: async ({ signal }) => (await ssCall(c, 'kba', { query: { instanceId: i }, signal })).kba,
  });

export const usernameRecoveryQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.usernameRecovery(c),
    queryFn: async ({ signal }) => (await ssCall(c, 'usernameRecovery', { signal })).options,
  });

export const selfRegistrationQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.selfRegistration(c),
    queryFn: async ({ signal }) => (await ssCall(c, 'selfRegistration', { signal })).options,
  });

export const portalQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.portal(c),
    queryFn: async ({ signal }) => (await ssCall(c, 'portal', { signal })).options,
  });

export const selfServiceQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.selfService(c),
    queryFn: ({ signal }) => ssCall(c, 'selfService', { signal }),
  });

export const emailTemplatesQuery = (c: string, i: number) =>
  queryOptions({
    queryKey: settingsKeys.emailTemplates(c, i),
    queryFn: async ({ signal }) =>
      (await ssCall(c, 'emailTemplates', { query: { instanceId: i }, signal })).emails,
  });

/** SS12; `appType` is required by the API although the keys are kept per instance and language. */
export const textKeysQuery = (c: string, i: number, appType: string, lang: string) =>
  queryOptions({
    queryKey: settingsKeys.textKeys(c, i, appType, lang),
    queryFn: async ({ signal }) =>
      (
        await ssCall(c, 'textKeys', {
          query: { instanceId: i, appType, langCode: lang || undefined },
          signal,
        })
      ).languages,
  });

export const noticeTypesQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.noticeTypes(c),
    queryFn: ({ signal }) => ssCall(c, 'noticeTypes', { signal }),
  });

export const noticesQuery = (c: string, type: string, lang: string) =>
  queryOptions({
    queryKey: settingsKeys.notices(c, type, lang),
    queryFn: ({ signal }) => ssCall(c, 'notices', { params: { type, lang }, signal }),
  });

export const brandingFilesQuery = (c: string, i: number) =>
  queryOptions({
    queryKey: settingsKeys.brandingFiles(c, i),
    queryFn: async ({ signal }) =>
      (await ssCall(c, 'brandingFiles', { query: { instanceId: i }, signal })).files,
  });

export const brandingQuery = (c: string, i: number) =>
  queryOptions({
    queryKey: settingsKeys.branding(c, i),
    queryFn: async ({ signal }) =>
      (await ssCall(c, 'branding', { query: { instanceId: i }, signal })).brandingDataMap,
  });

export const rolesQuery = (c: string) =>
  queryOptions({
    queryKey: settingsKeys.roles(c),
    queryFn: ({ signal }) => ssCall(c, 'roles', { signal }),
  });

export const roleQuery = (c: string, uuid: string) =>
  queryOptions({
    queryKey: settingsKeys.role(c, uuid),
    queryFn: ({ signal }) => ssCall(c, 'role', { params: { uuid }, signal }),
  });

export const formFieldsQuery = (c: string, i: number, appType: string) =>
  queryOptions({
    queryKey: settingsKeys.formFields(c, i, appType),
    queryFn: ({ signal }) => ssCall(c, 'formFields', { query: { instanceId: i, appType }, signal }),
  });
