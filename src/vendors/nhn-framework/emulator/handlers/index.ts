import type { Hono } from 'hono';
import type { NhnEnv, Runtime } from '../runtime';
import { registerAppKeys } from './app-keys';
import { registerBilling } from './billing';
import { registerGovernance } from './governance';
import { registerIamMembers } from './iam-members';
import { registerOrgCredentials } from './org-credentials';
import { registerOrgMembers } from './org-members';
import { registerProducts } from './products';
import { registerProjectIamMembers } from './project-iam-members';
import { registerProjectMembers } from './project-members';
import { registerProjects } from './projects';
import { registerRoleGroups } from './role-groups';
import { registerRoles } from './roles';
import { registerTokens } from './tokens';
import { registerUserAccessKeys } from './user-access-keys';

/** Every `/v1` operation of the seed (60), one resource per module. */
export function registerHandlers(app: Hono<NhnEnv>, rt: Runtime): void {
  for (const register of [
    registerProjects,
    registerProjectMembers,
    registerProducts,
    registerRoles,
    registerGovernance,
    registerOrgMembers,
    registerRoleGroups,
    registerIamMembers,
    registerBilling,
    registerAppKeys,
    registerUserAccessKeys,
    registerTokens,
    registerProjectIamMembers,
    registerOrgCredentials,
  ]) {
    register(app, rt);
  }
}
