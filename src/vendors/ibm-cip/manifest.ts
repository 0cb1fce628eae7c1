import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const ibmCipConnectionSchema = z.object({
  clientId: z.string().trim().min(1, 'Enter the client ID').max(256),
  clientSecret: z.string().min(1, 'Enter the client secret').max(1024),
});

export const ibmCipManifest: VendorManifest = {
  id: 'ibm-cip',
  name: 'IBM Cloud Identity Portal',
  shortName: 'IBM CIP',
  connectionSchema: ibmCipConnectionSchema,
  secretFields: ['clientSecret'],
  connectionFieldText: {
    clientId: { label: 'Client ID', help: 'An API key of the tenant (Cloud Identity Portal > API keys).' },
    clientSecret: { label: 'Client secret' },
  },
  pages: [
    { path: 'users', label: 'Users', load: () => import('./pages/users-page') },
    { path: 'groups', label: 'Groups', load: () => import('./pages/groups-page') },
    { path: 'memberships', label: 'Users × groups', load: () => import('./pages/memberships-page') },
    { path: 'settings', label: 'Self-service settings', load: () => import('./pages/settings-page') },
    { path: 'services', label: 'Services', load: () => import('./pages/services-page') },
    { path: 'tokens', label: 'Verification tokens', load: () => import('./pages/tokens-page') },
  ],
};
