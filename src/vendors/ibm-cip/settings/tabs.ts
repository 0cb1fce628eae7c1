/** The sections of the settings page, in the order of the tabs; each is a URL segment. */
export const SETTINGS_TABS = [
  'password-reset',
  'security-questions',
  'username-recovery',
  'self-registration',
  'portal',
  'email-templates',
  'text-keys',
  'notices',
  'branding',
  'roles',
  'form-fields',
  'language',
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];
