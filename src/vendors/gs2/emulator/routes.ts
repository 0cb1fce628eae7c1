import { attachmentRoutes } from './handlers/attachments';
import { guardRoutes } from './handlers/guards';
import { identifierRoutes } from './handlers/identifiers';
import { mfaRoutes } from './handlers/mfa';
import { passwordRoutes } from './handlers/passwords';
import { projectTokenRoutes } from './handlers/project-token';
import { securityPolicyRoutes } from './handlers/security-policies';
import { systemRoutes } from './handlers/system';
import { userRoutes } from './handlers/users';
import type { Route } from './operation';

/** All 30 methods of the GS2-Identifier reference, in the order their routes must be matched. */
export const ROUTES: readonly Route[] = [
  ...userRoutes,
  ...identifierRoutes,
  ...guardRoutes,
  ...passwordRoutes,
  ...mfaRoutes,
  ...attachmentRoutes,
  ...securityPolicyRoutes,
  ...projectTokenRoutes,
  ...systemRoutes,
];
