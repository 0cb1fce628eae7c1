import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  CreateProjectResponse,
  DisableProductResponse,
  EnableProductResponse,
  GetProjectProductResponse,
  ListOrgProjectsResponse,
  ProductHierarchyResponse,
} from '../../wire/projects';
import { harness } from '../test-support';
import type { Harness } from '../test-support';

const INSTANCE = 'kC4nS7xe';
const AUTO_SCALE = 'Ab3sCl9q';
const GPU = 'Gp4uIn5t';
const LOG = 'LcS2rch7';
const DEDICATED = 'DdHyPv01';
const BARE_METAL = 'BrMt0001';

describe('Projects (#2 #4 #20)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.close());
  const PROJECTS = () => `/v1/organizations/${h.orgId}/projects`;

  it('lists the STABLE projects of the org with paging and filters, never the deleted one', async () => {
    const list = await h.ok(ListOrgProjectsResponse, 'GET', PROJECTS());
    expect(list.projectList.map((p) => p.projectName).sort()).toEqual(['Data Platform', 'Live Ops']);
    expect(list.paging).toEqual({ page: 1, limit: 20, totalCount: 2 });
    for (const p of list.projectList) {
      expect(p.projectId).toMatch(/^[A-Za-z0-9]{8}$/);
      expect(p.orgId).toBe(h.orgId);
      expect(p.regDateTime).toMatch(/\.\d{3}\+00:00$/);
    }
    const byName = await h.ok(ListOrgProjectsResponse, 'GET', `${PROJECTS()}?projectName=live`);
    expect(byName.projectList.map((p) => p.projectName)).toEqual(['Live Ops']);
    const page2 = await h.ok(ListOrgProjectsResponse, 'GET', `${PROJECTS()}?page=2&limit=1`);
    expect(page2.projectList).toHaveLength(1);
    expect(page2.paging.totalCount).toBe(2);
    const stranger = await h.account({ org: [] });
    h.runtime.store.orgMembers.delete(`${h.orgId}/${stranger.uuid}`);
    expect(await h.code('GET', PROJECTS(), { token: stranger.token })).toBe(-6);
    const onlyMine = await h.ok(ListOrgProjectsResponse, 'GET', `${PROJECTS()}?memberUuid=${stranger.uuid}`);
    expect(onlyMine.projectList).toEqual([]);
  });

  it('creates a project nested in `project`, makes the creator its ADMIN, and enforces the owner limit', async () => {
    const created = await h.ok(CreateProjectResponse, 'POST', PROJECTS(), {
      body: { projectName: 'Season 3', description: 'Next season' },
    });
    expect(created.project).toMatchObject({
      projectName: 'Season 3',
      description: 'Next season',
      orgId: h.orgId,
      projectStatusCode: 'STABLE',
      ownerId: h.meta.ownerUuid,
    });
    expect(created.project.projectId).toMatch(/^[A-Za-z0-9]{8}$/);
    const me = await h.call('GET', `/v1/projects/${created.project.projectId}/members/${h.meta.ownerUuid}`);
    expect(JSON.stringify(me.body)).toContain('"roleId":"ADMIN"');
    // The demo org allows five projects: two live ones and this one leave room for two more.
    expect(await h.code('POST', PROJECTS(), { body: { projectName: 'Four' } })).toBe(0);
    expect(await h.code('POST', PROJECTS(), { body: { projectName: 'Five' } })).toBe(0);
    expect(await h.code('POST', PROJECTS(), { body: { projectName: 'Six' } })).toBe(12401);
  });

  it('validates the name (required, ≤ 40) and description (≤ 100)', async () => {
    expect(await h.code('POST', PROJECTS(), { body: {} })).toBe(400);
    expect(await h.code('POST', PROJECTS(), { body: { projectName: 'x'.repeat(41) } })).toBe(400);
    expect(
      await h.code('POST', PROJECTS(), { body: { projectName: 'ok', description: 'd'.repeat(101) } }),
    ).toBe(400);
    expect(
      await h.code('POST', PROJECTS(), {
        body: { projectName: 'x'.repeat(40), description: 'd'.repeat(100) },
      }),
    ).toBe(0);
    expect(
      await h.code('POST', `/v1/organizations/${'Z'.repeat(16)}/projects`, { body: { projectName: 'x' } }),
    ).toBe(22016);
  });

  it('deletes a project only once its services are off, then tells deleted (40028) from unknown (40017)', async () => {
    const { live } = await h.projects();
    expect(await h.code('DELETE', `/v1/projects/${live}`)).toBe(12500);
    const created = await h.ok(CreateProjectResponse, 'POST', PROJECTS(), {
      body: { projectName: 'Short-lived' },
    });
    const id = created.project.projectId;
    await h.ok(HeaderOnlyResponse, 'DELETE', `/v1/projects/${id}`);
    expect(await h.code('DELETE', `/v1/projects/${id}`)).toBe(40028);
    expect(await h.code('DELETE', '/v1/projects/NoSuch00')).toBe(40017);
    expect(
      await h.code('POST', `/v1/projects/${id}/members`, {
        body: { memberUuid: h.meta.ownerUuid, assignRoles: [{ roleId: 'MEMBER' }] },
      }),
    ).toBe(12400);
    expect(
      (await h.ok(ListOrgProjectsResponse, 'GET', PROJECTS())).projectList.some((p) => p.projectId === id),
    ).toBe(false);
  });

  it('lets a project ADMIN delete (Project.Delete) and refuses a MEMBER (-6)', async () => {
    const id = (await h.ok(CreateProjectResponse, 'POST', PROJECTS(), { body: { projectName: 'Temp' } }))
      .project.projectId;
    const member = await h.account({ projects: { [id]: ['MEMBER'] } });
    expect(await h.code('DELETE', `/v1/projects/${id}`, { token: member.token })).toBe(-6);
    const admin = await h.account({ projects: { [id]: ['ADMIN'] } });
    expect(await h.code('DELETE', `/v1/projects/${id}`, { token: admin.token })).toBe(0);
  });
});

describe('Project services (#5 #6 #13 #14)', () => {
  let h: Harness;
  let project: string;
  beforeEach(async () => {
    h = await harness();
    project = (
      await h.ok(CreateProjectResponse, 'POST', `/v1/organizations/${h.orgId}/projects`, {
        body: { projectName: 'Services' },
      })
    ).project.projectId;
  });
  afterEach(() => h.close());
  const svc = (product: string, action = '') => `/v1/projects/${project}/products/${product}${action}`;

  it('enables a service with a 16-character appKey, reports its parent, and shows it (#14)', async () => {
    const parent = await h.ok(EnableProductResponse, 'POST', svc(INSTANCE, '/enable'));
    expect(parent.appKey).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(parent.parentProduct).toBeUndefined();
    const child = await h.ok(EnableProductResponse, 'POST', svc(AUTO_SCALE, '/enable'));
    expect(child.parentProduct).toEqual({
      productId: INSTANCE,
      productName: 'Instance',
      statusCode: 'STABLE',
    });
    const view = await h.ok(GetProjectProductResponse, 'GET', svc(INSTANCE));
    expect(view.hasUpdateSecretKeyPermission).toBe(true);
    expect(view.product).toMatchObject({
      appKey: parent.appKey,
      productId: INSTANCE,
      projectId: project,
      productStatusCode: 'STABLE',
      statusCode: 'STABLE',
      productSecretKeyCode: 'N',
    });
    expect(view.product.externalId).toMatch(/^[0-9a-f]{32}$/);
    const withSecret = await h.ok(EnableProductResponse, 'POST', svc(LOG, '/enable'));
    expect(withSecret.secretKey).toEqual(expect.any(String));
    expect((await h.ok(GetProjectProductResponse, 'GET', svc(LOG))).product).toMatchObject({
      productSecretKeyCode: 'T',
      secretKey: withSecret.secretKey,
    });
  });

  it('answers each enable rule with its code: 13002, 13004, 13006, 40054', async () => {
    await h.ok(EnableProductResponse, 'POST', svc(INSTANCE, '/enable'));
    expect(await h.code('POST', svc(INSTANCE, '/enable'))).toBe(13002);
    expect(await h.code('POST', svc(BARE_METAL, '/enable'))).toBe(13004);
    expect(await h.code('POST', svc('NoProd00', '/enable'))).toBe(13004);
    expect(await h.code('POST', svc(DEDICATED, '/enable'))).toBe(13006);
    const org = h.runtime.store.orgs.get(h.orgId);
    if (org) h.runtime.store.orgs.put(h.orgId, { ...org, ownerCorporate: true });
    expect(await h.code('POST', svc(DEDICATED, '/enable'))).toBe(0);
    await h.ok(HeaderOnlyResponse, 'DELETE', svc(INSTANCE, '/disable'));
    expect(await h.code('POST', svc(GPU, '/enable'))).toBe(40054);
  });

  it('disables children first (40057 with childProducts), then the parent; unknown or off is 13001', async () => {
    await h.ok(EnableProductResponse, 'POST', svc(INSTANCE, '/enable'));
    await h.ok(EnableProductResponse, 'POST', svc(GPU, '/enable'));
    const blocked = await h.call('DELETE', svc(INSTANCE, '/disable'));
    expect(blocked.code).toBe(40057);
    expect(blocked.body).toMatchObject({
      header: { isSuccessful: false },
      childProducts: [{ productId: GPU, productName: 'GPU Instance', statusCode: 'STABLE' }],
    });
    await h.ok(DisableProductResponse, 'DELETE', svc(GPU, '/disable'));
    await h.ok(DisableProductResponse, 'DELETE', svc(INSTANCE, '/disable'));
    expect(await h.code('DELETE', svc(INSTANCE, '/disable'))).toBe(13001);
    expect(await h.code('DELETE', svc('NoProd00', '/disable'))).toBe(13001);
    expect(await h.code('GET', svc(INSTANCE))).toBe(60003);
  });

  it('checks the service permissions <service>:Product.Create/Delete and :ProductAppKey.Get', async () => {
    await h.ok(EnableProductResponse, 'POST', svc(INSTANCE, '/enable'));
    const viewer = await h.account({ projects: { [project]: ['INSTANCE_VIEWER'] } });
    expect(await h.code('POST', svc(LOG, '/enable'), { token: viewer.token })).toBe(-6);
    expect(await h.code('DELETE', svc(INSTANCE, '/disable'), { token: viewer.token })).toBe(-6);
    const view = await h.ok(GetProjectProductResponse, 'GET', svc(INSTANCE), { token: viewer.token });
    expect(view.hasUpdateSecretKeyPermission).toBe(false);
    const logAdmin = await h.account({ projects: { [project]: ['LOG_CRASH_SEARCH_ADMIN'] } });
    expect(await h.code('POST', svc(LOG, '/enable'), { token: logAdmin.token })).toBe(0);
    expect(await h.code('GET', svc(INSTANCE), { token: logAdmin.token })).toBe(-6);
  });

  it('serves the product hierarchy per UI type, ORG needing orgId and membership', async () => {
    const tree = await h.ok(
      ProductHierarchyResponse,
      'GET',
      '/v1/product-uis/hierarchy?productUiType=PROJECT',
    );
    const compute = tree.productUiList.find((n) => n.productUiName === 'Compute');
    expect(
      compute?.children?.some((c) => c.productId === INSTANCE && c.parentProductUiId === compute.productUiId),
    ).toBe(true);
    expect(await h.code('GET', '/v1/product-uis/hierarchy')).toBe(400);
    expect(await h.code('GET', '/v1/product-uis/hierarchy?productUiType=SHOP')).toBe(400);
    expect(await h.code('GET', '/v1/product-uis/hierarchy?productUiType=ORG')).toBe(400);
    const org = await h.ok(
      ProductHierarchyResponse,
      'GET',
      `/v1/product-uis/hierarchy?productUiType=ORG&orgId=${h.orgId}`,
    );
    expect(org.productUiList.map((n) => n.productUiName)).toEqual(['Organization']);
    const outsider = await h.account();
    h.runtime.store.orgMembers.delete(`${h.orgId}/${outsider.uuid}`);
    expect(
      await h.code('GET', `/v1/product-uis/hierarchy?productUiType=ORG&orgId=${h.orgId}`, {
        token: outsider.token,
      }),
    ).toBe(-6);
    expect(
      await h.code('GET', '/v1/product-uis/hierarchy?productUiType=MARKET_PLACE', { token: outsider.token }),
    ).toBe(0);
  });
});
