import type { Hono } from 'hono';
import type { Role } from '../../wire/common';
import { ListRolesResponse, RoleListCategory } from '../../wire/roles';
import { orgAccess, projectAccess } from '../auth/access';
import { groupsUsableIn } from '../assignments';
import { ORG_ROLES, PROJECT_ROLES } from '../catalog/roles';
import type { CatalogRole } from '../catalog/roles';
import { NhnError, RESULT } from '../errors';
import { like, listQuery, pageQuery, paginate, reply } from '../respond';
import type { NhnContext, NhnEnv, Runtime } from '../runtime';

const toRole = ({ grants: _grants, ...role }: CatalogRole): Role => role;

/** Filters (`categoryTypeCodes`, `roleNameLike`) and paging shared by #7 and #8; `totalCount` counts all matches. */
function listRoles(c: NhnContext, roles: Role[]): Response {
  const categories = listQuery(c, 'categoryTypeCodes');
  for (const code of categories) {
    if (!RoleListCategory.safeParse(code).success)
      throw new NhnError(RESULT.INVALID_PARAMETER, `Invalid parameter: categoryTypeCodes ${code}.`);
  }
  const nameLike = c.req.query('roleNameLike');
  const { page, limit } = pageQuery(c);
  const hits = roles.filter(
    (r) => (categories.length === 0 || categories.includes(r.categoryTypeCode)) && like(r.roleName, nameLike),
  );
  const { items, paging } = paginate(hits, page, limit);
  return reply(c, ListRolesResponse, { roles: items, totalCount: paging.totalCount });
}

/** #7 and #8: roles grantable in an organization or a project. */
export function registerRoles(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get('/v1/organizations/:orgId/roles', (c) => {
    orgAccess(c, rt, c.req.param('orgId'), ['Organization.RoleGroup.List']);
    return listRoles(c, ORG_ROLES.map(toRole));
  });

  app.get('/v1/projects/:projectId/roles', (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.RoleGroup.List']);
    const groups: Role[] = groupsUsableIn(rt.store, project).map((g) => ({
      roleId: g.roleGroupId,
      roleName: g.roleGroupName,
      description: g.description ?? '',
      categoryKey: 'RoleGroup',
      categoryTypeCode: 'ROLE_GROUP',
      roleCategory: 'PROJECT_ROLE_GROUP',
    }));
    return listRoles(c, [...PROJECT_ROLES.map(toRole), ...groups]);
  });
}
