import { z } from 'zod';
import type { VendorManifest } from '../manifest-types';

export const SCP_API_VERSIONS = ['1.2', '1.1', '1.0'] as const;

export const scpConnectionSchema = z.object({
  environment: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,20}$/, 'Use the environment letter, e.g. s, g or e'),
  accessKey: z.string().trim().min(1, 'Enter the access key').max(256),
  secretKey: z.string().min(1, 'Enter the secret key').max(1024),
  accountId: z.string().trim().max(64).optional(),
  apiVersion: z.enum(SCP_API_VERSIONS).default('1.2'),
  clientType: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Letters, digits, - and _ only')
    .default('Openapi'),
});

export const scpManifest: VendorManifest = {
  id: 'scp',
  name: 'Samsung SDS Cloud Platform IAM',
  shortName: 'SCP',
  connectionSchema: scpConnectionSchema,
  secretFields: ['secretKey'],
  connectionFieldText: {
    environment: { label: 'Environment', help: 's (Samsung), g (Sovereign) or e (Enterprise).' },
    accessKey: { label: 'Access key' },
    secretKey: { label: 'Secret key' },
    accountId: { label: 'Account ID', help: 'Sent as Scp-AccountId and signed; leave empty if unsure.' },
    apiVersion: { label: 'IAM API version', help: '1.2 is current; 1.1 and 1.0 are kept for old accounts.' },
    clientType: { label: 'Client type', help: 'Sent as Scp-ClientType; the official SDK uses Openapi.' },
  },
  defaultBaseUrl: 'https://iam.s.samsungsdscloud.com',
  pages: [
    { path: 'users', label: 'Users', load: () => import('./pages/users-page') },
    { path: 'groups', label: 'Groups', load: () => import('./pages/groups-page') },
    { path: 'access-keys', label: 'Access keys', load: () => import('./pages/access-keys-page') },
    { path: 'endpoints', label: 'Endpoints', load: () => import('./pages/endpoints-page') },
    { path: 'policies', label: 'Policies', load: () => import('./pages/policies-page') },
    { path: 'roles', label: 'Roles', load: () => import('./pages/roles-page') },
    { path: 'saml', label: 'SAML providers', load: () => import('./pages/saml-page') },
    {
      path: 'resource-policies',
      label: 'Resource policies',
      load: () => import('./pages/resource-policies-page'),
    },
    {
      path: 'service-accounts',
      label: 'Service accounts',
      load: () => import('./pages/service-accounts-page'),
    },
    { path: 'simulator', label: 'Policy simulator', load: () => import('./pages/simulator-page') },
  ],
};
