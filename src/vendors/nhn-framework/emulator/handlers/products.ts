import type { Hono } from 'hono';
import { randomString } from '../../../../emulator-kit/random-id';
import {
  DisableProductResponse,
  EnableProductResponse,
  GetProjectProductResponse,
  ProductHierarchyResponse,
  ProductUiType,
} from '../../wire/projects';
import type { ProductUiNode } from '../../wire/projects';
import {
  belongsToOrg,
  enforceHomeAcl,
  enforceIpAcl,
  findOrg,
  projectAccess,
  projectGrants,
} from '../auth/access';
import { findProduct, PRODUCT_UI_CATEGORIES, PRODUCTS } from '../catalog/products';
import type { Product } from '../catalog/products';
import { grants, servicePermission } from '../catalog/roles';
import { NhnError, RESULT } from '../errors';
import type { ResultCode } from '../errors';
import { offsetDate } from '../format';
import { enumQuery, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';

const relationKey = (projectId: string, productId: string) => `${projectId}/${productId}`;
const related = (p: Product) => ({
  productId: p.productId,
  productName: p.productName,
  statusCode: 'STABLE' as const,
});

function knownProduct(productId: string, missing: ResultCode): Product {
  const product = findProduct(productId);
  if (!product) throw new NhnError(missing);
  return product;
}

/** The homepage categories of one UI type with their services as children. */
function hierarchy(type: ProductUiType): ProductUiNode[] {
  return PRODUCT_UI_CATEGORIES.filter((cat) => cat.uiType === type).map((cat) => ({
    productUiId: cat.productUiId,
    productUiName: cat.productUiName,
    children: PRODUCTS.filter((p) => cat.members.includes(p.productUiId)).map((p) => ({
      productUiId: p.productUiId,
      productUiName: p.productName,
      parentProductUiId: cat.productUiId,
      productId: p.productId,
      manualLink: `https://docs.nhncloud.com/en/${p.productName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
      children: [],
    })),
  }));
}

/** #5, #6, #13, #14: services (products) of a project and the service catalogue. */
export function registerProducts(app: Hono<NhnEnv>, rt: Runtime): void {
  app.post('/v1/projects/:projectId/products/:productId/enable', (c) => {
    const product = knownProduct(c.req.param('productId'), RESULT.PRODUCT_NOT_ENABLEABLE);
    const { project, org } = projectAccess(c, rt, c.req.param('projectId'), [
      servicePermission(product.productName, 'Product.Create'),
    ]);
    const enabled = (id: string) => rt.store.projectProducts.has(relationKey(project.projectId, id));
    if (enabled(product.productId)) throw new NhnError(RESULT.PRODUCT_ALREADY_ENABLED);
    if (!product.enableable || product.uiType !== 'PROJECT')
      throw new NhnError(RESULT.PRODUCT_NOT_ENABLEABLE);
    if (product.corporateOnly && !org.ownerCorporate) throw new NhnError(RESULT.PRODUCT_CORPORATE_ONLY);
    const parent = product.parentProductId ? findProduct(product.parentProductId) : undefined;
    if (parent && !enabled(parent.productId)) throw new NhnError(RESULT.PRODUCT_PREREQUISITE);
    const now = offsetDate(rt.now());
    const record = {
      key: relationKey(project.projectId, product.productId),
      projectId: project.projectId,
      productId: product.productId,
      appKey: randomString(16),
      relationDate: now,
      updateDate: now,
      updateUuid: c.var.caller.account.uuid,
      ...(product.usesSecretKey ? { secretKey: randomString(8) } : {}),
      ...(product.hasTenant ? { externalId: randomString(32, '0123456789abcdef') } : {}),
    };
    rt.store.projectProducts.put(record.key, record);
    return reply(c, EnableProductResponse, {
      appKey: record.appKey,
      ...(record.secretKey ? { secretKey: record.secretKey } : {}),
      ...(parent ? { parentProduct: related(parent) } : {}),
    });
  });

  app.delete('/v1/projects/:projectId/products/:productId/disable', (c) => {
    const product = knownProduct(c.req.param('productId'), RESULT.PRODUCT_NOT_ENABLED);
    const { project } = projectAccess(c, rt, c.req.param('projectId'), [
      servicePermission(product.productName, 'Product.Delete'),
    ]);
    const key = relationKey(project.projectId, product.productId);
    if (!rt.store.projectProducts.has(key))
      throw new NhnError(RESULT.PRODUCT_NOT_ENABLED, 'The service is not in use in this project.');
    const children = PRODUCTS.filter(
      (p) =>
        p.parentProductId === product.productId &&
        rt.store.projectProducts.has(relationKey(project.projectId, p.productId)),
    );
    if (children.length > 0)
      throw new NhnError(RESULT.PRODUCT_HAS_CHILDREN, undefined, { childProducts: children.map(related) });
    rt.store.projectProducts.delete(key);
    return reply(c, DisableProductResponse, {});
  });

  app.get('/v1/projects/:projectId/products/:productId', (c) => {
    const product = knownProduct(c.req.param('productId'), RESULT.NO_DATA);
    const { project } = projectAccess(c, rt, c.req.param('projectId'), [
      servicePermission(product.productName, 'ProductAppKey.Get'),
    ]);
    const rel = rt.store.projectProducts.get(relationKey(project.projectId, product.productId));
    if (!rel) throw new NhnError(RESULT.NO_DATA, 'The service is not in use in this project.');
    const held = projectGrants(rt.store, project, c.var.caller.account.uuid);
    return reply(c, GetProjectProductResponse, {
      // Reissuing a service secret key is an administrator's act: whoever may enable the service may do it.
      hasUpdateSecretKeyPermission: grants(held, servicePermission(product.productName, 'Product.Create')),
      product: {
        appKey: rel.appKey,
        productId: product.productId,
        productName: product.productName,
        productSecretKeyCode: product.usesSecretKey ? 'T' : 'N',
        productStatusCode: 'STABLE',
        projectId: project.projectId,
        relationDate: rel.relationDate,
        statusCode: 'STABLE',
        ...(rel.secretKey ? { secretKey: rel.secretKey } : {}),
        ...(rel.externalId ? { externalId: rel.externalId } : {}),
        ...(rel.updateDate ? { updateDate: rel.updateDate } : {}),
        ...(rel.updateUuid ? { updateUuid: rel.updateUuid } : {}),
      },
    });
  });

  app.get('/v1/product-uis/hierarchy', (c) => {
    const type = enumQuery(c, 'productUiType', ProductUiType.options);
    if (!type) throw new NhnError(RESULT.INVALID_PARAMETER, 'Invalid parameter: productUiType is required.');
    if (type === 'ORG') {
      const orgId = c.req.query('orgId');
      if (!orgId)
        throw new NhnError(
          RESULT.INVALID_PARAMETER,
          'Invalid parameter: orgId is required for ORG products.',
        );
      const org = findOrg(rt, orgId);
      enforceIpAcl(c, org);
      if (!belongsToOrg(rt, org.orgId, c.var.caller.account.uuid)) throw new NhnError(RESULT.FORBIDDEN);
    } else {
      enforceHomeAcl(c, rt);
    }
    return reply(c, ProductHierarchyResponse, { productUiList: hierarchy(type) });
  });
}
