import type { Hono } from 'hono';
import { randomString, randomUuid } from '../../../../emulator-kit/random-id';
import { HeaderOnlyResponse } from '../../wire/common';
import {
  AddProjectAppKeyRequest,
  AddProjectAppKeyResponse,
  ListProjectAppKeysResponse,
} from '../../wire/credentials';
import { projectAccess } from '../auth/access';
import { NhnError, RESULT } from '../errors';
import { zuluDate } from '../format';
import { readBody, reply } from '../respond';
import type { NhnEnv, Runtime } from '../runtime';

/** At most three project (integrated) AppKeys per project. */
export const MAX_APP_KEYS_PER_PROJECT = 3;
const BASE = '/v1/authentications/projects/:projectId/project-appkeys';

/** #45, #47, #49: project AppKeys. The alias is kept but, as with the vendor, never returned. */
export function registerAppKeys(app: Hono<NhnEnv>, rt: Runtime): void {
  app.get(BASE, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.ProjectAppKey.List']);
    const keys = rt.store.projectAppKeys.list((k) => k.projectId === project.projectId);
    return reply(c, ListProjectAppKeysResponse, {
      authenticationList: keys.map(({ alias: _alias, ...k }) => k),
    });
  });

  app.post(BASE, async (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.ProjectAppKey.Create']);
    const { appkeyAlias } = await readBody(c, AddProjectAppKeyRequest);
    if (
      rt.store.projectAppKeys.list((k) => k.projectId === project.projectId).length >=
      MAX_APP_KEYS_PER_PROJECT
    ) {
      throw new NhnError(RESULT.APPKEY_LIMIT);
    }
    const key = {
      authId: randomUuid(),
      appKey: randomString(20),
      alias: appkeyAlias,
      projectId: project.projectId,
      authStatus: 'STABLE' as const,
      regDatetime: zuluDate(rt.now()),
      modDatetime: null,
      reIssueDatetime: null,
      lastUsedDatetime: null,
    };
    rt.store.projectAppKeys.put(key.appKey, key);
    return reply(c, AddProjectAppKeyResponse, { authentication: { authId: key.authId, appKey: key.appKey } });
  });

  app.delete(`${BASE}/:appKey`, (c) => {
    const { project } = projectAccess(c, rt, c.req.param('projectId'), ['Project.ProjectAppKey.Delete']);
    const key = rt.store.projectAppKeys.get(c.req.param('appKey'));
    if (key?.projectId !== project.projectId) throw new NhnError(RESULT.NO_DATA);
    rt.store.projectAppKeys.delete(key.appKey);
    return reply(c, HeaderOnlyResponse, {});
  });
}
