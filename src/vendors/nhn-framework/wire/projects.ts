import { z } from 'zod';
import { DateTime, envelope, PagingResponse } from './common';

export const ProjectStatusCode = z.enum(['STABLE', 'CLOSED', 'BLOCKED', 'TERMINATED', 'DISABLED']);
export type ProjectStatusCode = z.infer<typeof ProjectStatusCode>;

/** #2 body (CreateProjectRequest). */
export const CreateProjectRequest = z.object({
  projectName: z.string().min(1).max(40),
  description: z.string().max(100).optional(),
});
export type CreateProjectRequest = z.infer<typeof CreateProjectRequest>;

/** #2 response: nested in `project` as the example shows; `ownerId` comes from the field table. */
export const CreateProjectResponse = envelope({
  project: z.object({
    projectId: z.string(),
    orgId: z.string(),
    projectName: z.string(),
    description: z.string().optional(),
    projectStatusCode: ProjectStatusCode,
    regDateTime: DateTime,
    ownerId: z.string(),
  }),
});
export type CreateProjectResponse = z.infer<typeof CreateProjectResponse>;

/** #20 item (OrgProjectMemberRoleProtocol). */
export const OrgProject = z.object({
  orgId: z.string(),
  projectId: z.string(),
  projectName: z.string(),
  description: z.string().optional(),
  projectStatusCode: ProjectStatusCode,
  regDateTime: DateTime,
  modDateTime: DateTime.optional(),
  delDateTime: DateTime.optional(),
});
export type OrgProject = z.infer<typeof OrgProject>;

export const ListOrgProjectsResponse = envelope({ paging: PagingResponse, projectList: z.array(OrgProject) });
export type ListOrgProjectsResponse = z.infer<typeof ListOrgProjectsResponse>;

export const ProductStatusCode = z.enum(['STABLE', 'CLOSED']);

const RelatedProduct = z.object({
  productId: z.string(),
  productName: z.string(),
  statusCode: ProductStatusCode,
});

/** #5 response: `childProducts` lists the still-enabled children that block the disable. */
export const DisableProductResponse = envelope({ childProducts: z.array(RelatedProduct).optional() });
export type DisableProductResponse = z.infer<typeof DisableProductResponse>;

/** #6 response. */
export const EnableProductResponse = envelope({
  appKey: z.string(),
  secretKey: z.string().optional(),
  parentProduct: RelatedProduct.optional(),
});
export type EnableProductResponse = z.infer<typeof EnableProductResponse>;

/** #14 `product` (ProjectProductRelationAndProductProtocol). */
export const ProjectProduct = z.object({
  appKey: z.string(),
  externalId: z.string().optional(),
  productId: z.string(),
  productName: z.string(),
  productSecretKeyCode: z.string().optional(),
  productStatusCode: ProductStatusCode,
  projectId: z.string(),
  relationDate: DateTime,
  secretKey: z.string().optional(),
  statusCode: ProductStatusCode,
  updateDate: DateTime.optional(),
  updateUuid: z.string().optional(),
});
export type ProjectProduct = z.infer<typeof ProjectProduct>;

export const GetProjectProductResponse = envelope({
  hasUpdateSecretKeyPermission: z.boolean(),
  product: ProjectProduct,
});
export type GetProjectProductResponse = z.infer<typeof GetProjectProductResponse>;

export const ProductUiType = z.enum(['PROJECT', 'ORG', 'MARKET_PLACE']);
export type ProductUiType = z.infer<typeof ProductUiType>;

/** #13 item (ProductUiHierarchyProtocol), recursive through `children`. */
export type ProductUiNode = {
  productUiId?: string | undefined;
  productUiName?: string | undefined;
  parentProductUiId?: string | undefined;
  productId?: string | undefined;
  manualLink?: string | undefined;
  children?: ProductUiNode[] | undefined;
};
export const ProductUiNode: z.ZodType<ProductUiNode> = z.lazy(() =>
  z.object({
    productUiId: z.string().optional(),
    productUiName: z.string().optional(),
    parentProductUiId: z.string().optional(),
    productId: z.string().optional(),
    manualLink: z.string().optional(),
    children: z.array(ProductUiNode).optional(),
  }),
);

export const ProductHierarchyResponse = envelope({ productUiList: z.array(ProductUiNode) });
export type ProductHierarchyResponse = z.infer<typeof ProductHierarchyResponse>;
