import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../config';
import type { VendorId } from '../../../vendors/ids';
import { startFakeVendor, type FakeVendor } from './fake-vendor';
import { startProxyTestServer, type ProxyTestServer } from './test-server';

export const unique = (label: string) =>
  `${label}-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

export const creds = {
  gs2: { clientId: unique('gs2-client'), clientSecret: unique('gs2-secret') },
  scp: { accessKey: unique('scp-ak'), secretKey: unique('scp-sk') },
  'nhn-role': { appKey: 'roleApp1', secretKey: unique('role-sk') },
  'ibm-cip': { clientId: unique('cip-client'), clientSecret: unique('cip-secret') },
  'nhn-framework': { userAccessKeyId: unique('uak'), secretAccessKey: unique('uak-secret') },
} satisfies Record<VendorId, Record<string, string>>;
export const allSecrets = [
  creds.gs2.clientSecret,
  creds.scp.secretKey,
  creds['nhn-role'].secretKey,
  creds['ibm-cip'].clientSecret,
  creds['nhn-framework'].secretAccessKey,
];

/** One cheap read per vendor, as the browser would send it. */
export const reads: Record<VendorId, string> = {
  gs2: '/user?limit=10',
  scp: '/v1/groups?page=0&size=20&sort=created_at%3Adesc',
  'nhn-role': '/role/v3.0/appkeys/roleApp1/config',
  'ibm-cip': '/GmaApi/groups/names',
  'nhn-framework': '/v1/organizations/org1/projects',
};

export function settingsFor(vendor: VendorId, fake: FakeVendor): Record<string, string> {
  switch (vendor) {
    case 'gs2':
      return { region: 'ap-northeast-1', ...creds.gs2 };
    case 'scp':
      return { environment: 's', apiVersion: '1.2', clientType: 'Openapi', ...creds.scp };
    case 'nhn-role':
      return creds['nhn-role'];
    case 'ibm-cip':
      return creds['ibm-cip'];
    case 'nhn-framework':
      return { orgId: 'org1', tokenBaseUrl: fake.url, ...creds['nhn-framework'] };
  }
}

/**
 * A proxy test server with one connection per vendor, each pointed at a fake vendor that checks the
 * vendor's real authentication. Registers its own beforeAll/afterAll.
 */
export function useFiveVendors(config: Partial<Config> = {}) {
  const t = {
    server: undefined as unknown as ProxyTestServer,
    fakes: {} as Record<VendorId, FakeVendor>,
    ids: {} as Record<VendorId, string>,
    proxy: (vendor: VendorId, path: string) => `/api/proxy/${t.ids[vendor]}${path}`,
  };
  beforeAll(async () => {
    t.server = await startProxyTestServer({
      config: {
        upstreamTimeoutMs: 400,
        upstreamConnectTimeoutMs: 200,
        proxyBodyLimit: 1024 * 1024,
        ...config,
      },
    });
    for (const vendor of Object.keys(creds) as VendorId[]) {
      t.fakes[vendor] = await startFakeVendor(vendor, creds[vendor]);
      t.ids[vendor] = await t.server.createConnection({
        vendor,
        name: `${vendor} test`,
        baseUrl: t.fakes[vendor].url,
        settings: settingsFor(vendor, t.fakes[vendor]),
      });
    }
  });
  afterAll(async () => {
    await t.server.close();
    await Promise.all(Object.values(t.fakes).map((f) => f.close()));
  });
  return t;
}
