import { z } from 'zod';

/** Service accounts are read-only; the detail carries a password. */
export const ServiceAccount = z.object({ id: z.string(), name: z.string(), service: z.string() });
export const ServiceAccountDetail = z.object({ ...ServiceAccount.shape, password: z.string() });
export const ServiceAccountListResponse = z.object({ service_accounts: z.array(ServiceAccount) });
export const ServiceAccountShowResponse = z.object({ service_account: ServiceAccountDetail });

export const EndpointsResponse = z.object({
  region: z.string(),
  service_name: z.string(),
  service_type: z.string(),
  url: z.string(),
});
export const ListEndpointsResponse = z.object({ endpoints: z.array(EndpointsResponse) });

/** `GET /`: the version document of SCP's common API. */
export const VersionsResponse = z.object({
  versions: z.array(
    z.object({
      id: z.string(),
      links: z.array(z.object({ href: z.string(), rel: z.string() })),
      not_before: z.string().nullable(),
      status: z.string(),
    }),
  ),
});
