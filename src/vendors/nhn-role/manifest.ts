import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const nhnRoleConnectionSchema = z.object({
  appKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Letters, digits, - and _ only'),
  secretKey: z.string().min(1, 'Enter the secret key').max(1024),
});

export const nhnRoleManifest: VendorManifest = {
  id: 'nhn-role',
  name: 'NHN Cloud ROLE',
  shortName: 'NHN ROLE',
  connectionSchema: nhnRoleConnectionSchema,
  secretFields: ['secretKey'],
  connectionFieldText: {
    appKey: { label: 'AppKey', help: 'From "URL & Appkey" in the ROLE console.' },
    secretKey: { label: 'Secret key', help: 'Sent as X-Secret-Key by the server only.' },
  },
  defaultBaseUrl: 'https://role.api.nhncloudservice.com',
  pages: [
    { path: 'users', label: 'Users', load: () => import('./pages/users-page') },
    { path: 'matrix', label: 'Users × roles', load: () => import('./pages/matrix-page') },
    { path: 'roles', label: 'Roles', load: () => import('./pages/roles-page') },
    { path: 'simulator', label: 'Access simulator', load: () => import('./pages/simulator-page') },
    { path: 'operations', label: 'Operations', load: () => import('./pages/operations-page') },
    { path: 'scopes', label: 'Scopes', load: () => import('./pages/scopes-page') },
    { path: 'attributes', label: 'Condition attributes', load: () => import('./pages/attributes-page') },
    { path: 'config', label: 'Config', load: () => import('./pages/config-page') },
  ],
};
