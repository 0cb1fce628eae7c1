import type { Role } from '../../wire/common';
import { PRODUCTS } from './products';

/** A catalogue role and the permissions it grants, as glob patterns over permission names. */
export type CatalogRole = Role & { grants: readonly string[] };

const ORG_PERMISSIONS = [
  'Organization.Project.Create',
  'Organization.Project.Delete',
  'Organization.RoleGroup.List',
  'Organization.Domain.List',
  'Organization.Member.Get',
  'Organization.Member.List',
  'Organization.Member.Update',
  'Organization.Project.RoleGroup.List',
  'Organization.Project.RoleGroup.Get',
  'Organization.Project.RoleGroup.Create',
  'Organization.Project.RoleGroup.Delete',
  'Organization.Project.RoleGroup.Update',
  'Organization.Governance.List',
  'Organization.Governance.IpAcl.List',
  'Organization.Member.Iam.Get',
  'Organization.Member.Iam.List',
  'Organization.Member.Iam.Create',
  'Organization.Member.Iam.Update',
  'Organization.Setting.Iam.Get',
  'Organization.UserAccessKey.List',
] as const;

const PROJECT_PERMISSIONS = [
  'Project.Member.Create',
  'Project.Member.Delete',
  'Project.Member.Get',
  'Project.Member.List',
  'Project.Member.Update',
  'Project.Delete',
  'Project.RoleGroup.List',
  'Project.RoleGroup.Get',
  'Project.RoleGroup.Create',
  'Project.RoleGroup.Delete',
  'Project.RoleGroup.Update',
  'Project.ProjectAppKey.List',
  'Project.ProjectAppKey.Create',
  'Project.ProjectAppKey.Delete',
  'Project.Member.Iam.Create',
  'Project.Member.Iam.Delete',
  'Project.Member.Iam.Get',
  'Project.Member.Iam.List',
  'Project.Member.Iam.Update',
] as const;

const SERVICE_ACTIONS = ['Product.Create', 'Product.Delete', 'ProductAppKey.Get'] as const;

/** Permission name of a service action: the seed's "Product Name: X" means `<service name>:X`. */
export const servicePermission = (productName: string, action: (typeof SERVICE_ACTIONS)[number]): string =>
  `${productName}:${action}`;

type RoleSeed = [roleId: string, roleName: string, description: string, grants: readonly string[]];

const orgRole = (
  [roleId, roleName, description, grants]: RoleSeed,
  categoryKey: Role['categoryKey'] = 'OrgRole',
): CatalogRole => ({
  roleId,
  roleName,
  description,
  grants,
  categoryKey,
  categoryTypeCode: 'ROLE',
  roleCategory: 'ORG_ROLE',
});
const projectRole = (
  [roleId, roleName, description, grants]: RoleSeed,
  categoryKey: Role['categoryKey'] = 'ProjectRole',
): CatalogRole => ({
  roleId,
  roleName,
  description,
  grants,
  categoryKey,
  categoryTypeCode: 'ROLE',
  roleCategory: categoryKey === 'ProjectServiceRole' ? 'PROJECT_SERVICE_ROLE' : 'PROJECT_ROLE',
});
const permission = (
  name: string,
  roleCategory: Role['roleCategory'],
  categoryKey: Role['categoryKey'],
): CatalogRole => ({
  roleId: name,
  roleName: name,
  description: `Permission ${name}`,
  grants: [name],
  categoryKey,
  categoryTypeCode: 'PERMISSION',
  roleCategory,
});

const EVERYTHING_IN_ORG = ['Organization.*', 'Project.*', '*:Product.*', '*:ProductAppKey.*'];

/** Roles grantable to organization members (#7), with the org permissions as PERMISSION entries. */
export const ORG_ROLES: readonly CatalogRole[] = [
  orgRole([
    'OWNER',
    'OWNER',
    'Organization owner: every permission in the organization and its projects',
    EVERYTHING_IN_ORG,
  ]),
  orgRole([
    'ADMIN',
    'ADMIN',
    'Organization administrator: every permission in the organization and its projects',
    EVERYTHING_IN_ORG,
  ]),
  orgRole([
    'MEMBER',
    'MEMBER',
    'Organization member: reads the organization',
    [
      'Organization.Member.List',
      'Organization.Member.Get',
      'Organization.Domain.List',
      'Organization.RoleGroup.List',
      'Organization.Project.RoleGroup.List',
      'Organization.Project.RoleGroup.Get',
      'Organization.Governance.List',
    ],
  ]),
  orgRole(['NONE', 'NONE', 'No organization permission (the role IAM members start with)', []]),
  orgRole([
    'ORG_MEMBER_ADMIN',
    'ORG MEMBER ADMIN',
    'Manages organization members and IAM members',
    ['Organization.Member.*', 'Organization.RoleGroup.List'],
  ]),
  orgRole([
    'ORG_MEMBER_VIEWER',
    'ORG MEMBER VIEWER',
    'Reads organization members and IAM members',
    [
      'Organization.Member.Get',
      'Organization.Member.List',
      'Organization.Member.Iam.Get',
      'Organization.Member.Iam.List',
    ],
  ]),
  orgRole([
    'ORG_AUTHENTICATION_MANAGEMENT_ADMIN',
    'ORG AUTHENTICATION MANAGEMENT ADMIN',
    'Audits credentials and IAM sign-in settings',
    ['Organization.UserAccessKey.List', 'Organization.Setting.Iam.Get'],
  ]),
  orgRole([
    'ORG_GOVERNANCE_VIEWER',
    'ORG GOVERNANCE VIEWER',
    'Reads governance settings and IP ACLs',
    ['Organization.Governance.List', 'Organization.Governance.IpAcl.List'],
  ]),
  orgRole(['BILLING_VIEWER', 'BILLING VIEWER', 'Reads billing', []], 'BillingRole'),
  ...ORG_PERMISSIONS.map((p) => permission(p, 'ORG_ROLE', 'OrgRole')),
];

/** Service roles: one administrator and one viewer per enable-able project service. */
const serviceRoles = PRODUCTS.filter((p) => p.uiType === 'PROJECT').flatMap((p) => {
  const code = p.productName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  return [
    projectRole(
      [`${code}_ADMIN`, `${p.productName} ADMIN`, `Administers ${p.productName}`, [`${p.productName}:*`]],
      'ProjectServiceRole',
    ),
    projectRole(
      [
        `${code}_VIEWER`,
        `${p.productName} VIEWER`,
        `Reads ${p.productName}`,
        [servicePermission(p.productName, 'ProductAppKey.Get')],
      ],
      'ProjectServiceRole',
    ),
  ];
});

/** Roles grantable to project members (#8), without role groups, which the store holds. */
export const PROJECT_ROLES: readonly CatalogRole[] = [
  projectRole([
    'ADMIN',
    'ADMIN',
    'Project administrator: every permission in the project',
    ['Project.*', '*:Product.*', '*:ProductAppKey.*'],
  ]),
  projectRole([
    'MEMBER',
    'MEMBER',
    'Project member: reads the project',
    [
      'Project.Member.List',
      'Project.Member.Get',
      'Project.RoleGroup.List',
      'Project.RoleGroup.Get',
      'Project.ProjectAppKey.List',
      '*:ProductAppKey.Get',
    ],
  ]),
  projectRole([
    'PROJECT_MEMBER_ADMIN',
    'PROJECT MEMBER ADMIN',
    'Manages project members and IAM accounts',
    ['Project.Member.*', 'Project.RoleGroup.List', 'Project.RoleGroup.Get'],
  ]),
  projectRole([
    'PROJECT_MEMBER_VIEWER',
    'PROJECT MEMBER VIEWER',
    'Reads project members and IAM accounts',
    ['Project.Member.Get', 'Project.Member.List', 'Project.Member.Iam.Get', 'Project.Member.Iam.List'],
  ]),
  projectRole([
    'PROJECT_MANAGEMENT_ADMIN',
    'PROJECT MANAGEMENT ADMIN',
    'Manages the project and its role groups',
    ['Project.Delete', 'Project.RoleGroup.*'],
  ]),
  projectRole([
    'PROJECT_API_SECURITY_SETTING_ADMIN',
    'PROJECT API SECURITY SETTING ADMIN',
    'Manages project AppKeys',
    ['Project.ProjectAppKey.*'],
  ]),
  projectRole(['BILLING_VIEWER', 'BILLING VIEWER', 'Reads the project bill', []], 'BillingRole'),
  ...serviceRoles,
  ...PROJECT_PERMISSIONS.map((p) => permission(p, 'PROJECT_ROLE', 'ProjectRole')),
  ...PRODUCTS.filter((p) => p.uiType === 'PROJECT').flatMap((p) =>
    SERVICE_ACTIONS.map((a) =>
      permission(servicePermission(p.productName, a), 'PROJECT_SERVICE_ROLE', 'ProjectServiceRole'),
    ),
  ),
];

export const findOrgRole = (roleId: string): CatalogRole | undefined =>
  ORG_ROLES.find((r) => r.roleId === roleId);
export const findProjectRole = (roleId: string): CatalogRole | undefined =>
  PROJECT_ROLES.find((r) => r.roleId === roleId);

function globToRegExp(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

/** Whether any of the granted patterns covers the required permission. */
export function grants(patterns: Iterable<string>, required: string): boolean {
  for (const p of patterns)
    if (p === required || (p.includes('*') && globToRegExp(p).test(required))) return true;
  return false;
}
