import { BrandingTab } from './content/branding-tab';
import { NoticesTab } from './content/notices-tab';
import { TextKeysTab } from './content/text-keys-tab';
import { DefaultLanguageTab } from './default-language-tab';
import { EmailTemplatesTab } from './email/email-templates-tab';
import { FormFieldsTab } from './fields/form-fields-tab';
import { KbaOptionsTab } from './kba-options-form';
import { PasswordResetTab } from './password-reset-form';
import { PortalTab } from './portal-tab';
import { RolesTab } from './roles/roles-tab';
import { SelfRegistrationTab } from './self-registration-form';
import type { SettingsTab } from './tabs';
import { UsernameRecoveryTab } from './username-recovery-form';

/** The section a settings URL names, for one instance. */
export function SettingsTabPanel({ tab, instanceId }: { tab: SettingsTab; instanceId: number }) {
  switch (tab) {
    case 'password-reset':
      return <PasswordResetTab instanceId={instanceId} />;
    case 'security-questions':
      return <KbaOptionsTab instanceId={instanceId} />;
    case 'username-recovery':
      return <UsernameRecoveryTab instanceId={instanceId} />;
    case 'self-registration':
      return <SelfRegistrationTab instanceId={instanceId} />;
    case 'portal':
      return <PortalTab instanceId={instanceId} />;
    case 'email-templates':
      return <EmailTemplatesTab instanceId={instanceId} />;
    case 'text-keys':
      return <TextKeysTab instanceId={instanceId} />;
    case 'notices':
      return <NoticesTab />;
    case 'branding':
      return <BrandingTab instanceId={instanceId} />;
    case 'roles':
      return <RolesTab />;
    case 'form-fields':
      return <FormFieldsTab instanceId={instanceId} />;
    case 'language':
      return <DefaultLanguageTab />;
  }
}
