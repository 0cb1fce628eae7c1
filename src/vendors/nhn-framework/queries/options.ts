import { queryOptions } from '@tanstack/react-query';
import { HttpError } from '@/lib/http/errors';
import { nhnCall } from '../client';
import { productsOf, type CatalogueProduct } from '../shared/hierarchy';
import { mapLimit } from '@/lib/async/map-limit';
import type { ProjectProduct } from '../wire/projects';

/** A service in use, without its secret key: the list is cached, secrets must not be. */
export type UsedProduct = Omit<ProjectProduct, 'secretKey'>;
import { nhnKeys, type MemberPage } from './keys';

/** "No data": the service is not in use in the project (reference §2.14). */
const NO_DATA = '60003';
const PRODUCT_CONCURRENCY = 4;

/** #11/#16 search bodies: paging plus an optional status filter (the body is required, `{}` is fine). */
export const searchBody = (p: MemberPage) => ({
  paging: { page: p.page, limit: p.limit },
  ...(p.status ? { memberStatusCodes: [p.status] } : {}),
});

export const projectsPageQuery = (c: string, orgId: string, p: MemberPage) =>
  queryOptions({
    queryKey: nhnKeys.projectsPage(c, orgId, p),
    queryFn: ({ signal }) =>
      nhnCall(c, 'listProjects', { params: { orgId }, query: { page: p.page, limit: p.limit }, signal }),
  });

/** Every project of the org (an org has few: its limit is tens), for the overview and pickers. */
export const allProjectsQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: nhnKeys.allProjects(c, orgId),
    queryFn: async ({ signal }) =>
      (await nhnCall(c, 'listProjects', { params: { orgId }, query: { page: 1, limit: 2000 }, signal }))
        .projectList,
  });

export const orgMembersPageQuery = (c: string, orgId: string, p: MemberPage) =>
  queryOptions({
    queryKey: nhnKeys.orgMembersPage(c, orgId, p),
    queryFn: ({ signal }) =>
      nhnCall(c, 'searchOrgMembers', { params: { orgId }, json: searchBody(p), signal }),
  });

export const projectMembersPageQuery = (c: string, projectId: string, p: MemberPage) =>
  queryOptions({
    queryKey: nhnKeys.projectMembersPage(c, projectId, p),
    queryFn: ({ signal }) =>
      nhnCall(c, 'searchProjectMembers', { params: { projectId }, json: searchBody(p), signal }),
  });

export const hierarchyQuery = (c: string) =>
  queryOptions({
    queryKey: nhnKeys.hierarchy(c),
    queryFn: async ({ signal }) =>
      productsOf(
        (await nhnCall(c, 'productHierarchy', { query: { productUiType: 'PROJECT' }, signal })).productUiList,
      ),
    // The service catalogue does not change while the console is open.
    staleTime: 10 * 60_000,
  });

/**
 * The services a project uses. There is no list call: each catalogue product is looked up (#14) with
 * bounded concurrency and "no data" means not in use. Service secret keys are dropped before caching.
 */
export const projectProductsQuery = (
  c: string,
  projectId: string,
  loadCatalogue: () => Promise<readonly CatalogueProduct[]>,
) =>
  queryOptions({
    queryKey: nhnKeys.projectProducts(c, projectId),
    queryFn: async ({ signal }) => {
      const catalogue = await loadCatalogue();
      const found = await mapLimit(catalogue, PRODUCT_CONCURRENCY, async ({ productId }) => {
        try {
          const { product } = await nhnCall(c, 'getProjectProduct', {
            params: { projectId, productId },
            signal,
          });
          const { secretKey: _secret, ...rest } = product;
          const used: UsedProduct = rest;
          return used;
        } catch (err) {
          if (err instanceof HttpError && err.code === NO_DATA) return undefined;
          throw err;
        }
      });
      return found.filter((p) => p !== undefined);
    },
  });

export const governancesQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: nhnKeys.governances(c, orgId),
    queryFn: async ({ signal }) =>
      (await nhnCall(c, 'listGovernances', { params: { orgId }, signal })).usingGovernances,
  });

export const domainsQuery = (c: string, orgId: string) =>
  queryOptions({
    queryKey: nhnKeys.domains(c, orgId),
    queryFn: async ({ signal }) =>
      (await nhnCall(c, 'listDomains', { params: { orgId }, signal })).domainList,
  });
