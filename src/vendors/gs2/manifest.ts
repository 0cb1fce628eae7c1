import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

/** The regions the official GS2 SDKs know; Identifier data is project-global, the region picks the host. */
export const GS2_REGIONS = ['ap-northeast-1', 'us-east-1', 'eu-west-1', 'ap-southeast-1'] as const;

export const gs2ConnectionSchema = z.object({
  region: z.enum(GS2_REGIONS),
  clientId: z.string().trim().min(1, 'Enter the client ID').max(256),
  clientSecret: z.string().min(1, 'Enter the client secret').max(1024),
});

export const gs2Manifest: VendorManifest = {
  id: 'gs2',
  name: 'GS2-Identifier (Game Server Services)',
  shortName: 'GS2',
  connectionSchema: gs2ConnectionSchema,
  secretFields: ['clientSecret'],
  connectionFieldText: {
    region: { label: 'Region' },
    clientId: {
      label: 'Client ID',
      help: 'A credential of a GS2-Identifier user allowed to manage Identifier.',
    },
    clientSecret: { label: 'Client secret' },
  },
  defaultBaseUrl: 'https://identifier.ap-northeast-1.gen2.gs2io.com',
  pages: [
    { path: 'users', label: 'Users', load: () => import('./pages/users-page') },
    { path: 'policies', label: 'Security policies', load: () => import('./pages/policies-page') },
    { path: 'attachments', label: 'Attachments', load: () => import('./pages/matrix-page') },
  ],
};
