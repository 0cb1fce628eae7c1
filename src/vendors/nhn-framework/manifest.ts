import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const nhnFrameworkConnectionSchema = z.object({
  userAccessKeyId: z.string().trim().min(1, 'Enter the User Access Key ID').max(64),
  secretAccessKey: z.string().min(1, 'Enter the Secret Access Key').max(1024),
  orgId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{1,64}$/, 'Letters and digits only'),
  tokenBaseUrl: z
    .url({ protocol: /^https?$/, error: 'Enter an http(s) URL' })
    .default('https://oauth.api.nhncloudservice.com'),
});

export const nhnFrameworkManifest: VendorManifest = {
  id: 'nhn-framework',
  name: 'NHN Cloud Framework API',
  shortName: 'NHN Framework',
  connectionSchema: nhnFrameworkConnectionSchema,
  secretFields: ['secretAccessKey'],
  connectionFieldText: {
    userAccessKeyId: {
      label: 'User Access Key ID',
      help: 'From API Security Settings in the NHN Cloud console.',
    },
    secretAccessKey: { label: 'Secret Access Key' },
    orgId: { label: 'Organization ID' },
    tokenBaseUrl: {
      label: 'Token endpoint base URL',
      help: 'Where tokens are issued (/oauth2/token/create).',
    },
  },
  defaultBaseUrl: 'https://core.api.nhncloudservice.com',
  pages: [
    { path: 'overview', label: 'Organization', load: () => import('./pages/overview-page') },
    { path: 'projects', label: 'Projects', load: () => import('./pages/projects-page') },
    { path: 'members', label: 'Members', load: () => import('./pages/members-page') },
    { path: 'iam-members', label: 'IAM members', load: () => import('./pages/iam-members-page') },
    { path: 'role-groups', label: 'Role groups', load: () => import('./pages/role-groups-page') },
    { path: 'governance', label: 'Security settings', load: () => import('./pages/governance-page') },
    { path: 'access-keys', label: 'Access keys', load: () => import('./pages/access-keys-page') },
  ],
};
