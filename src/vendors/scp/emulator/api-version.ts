import type { MiddlewareHandler } from 'hono';
import { API_VERSIONS, type ApiVersion } from '../wire/common';
import { isoSeconds } from './config';
import { badRequest } from './errors';
import type { Deps, ScpEnv } from './routing';

/** `Scp-Api-Version: iam 1.2`; absent means the current version, as SCP's common API says. */
export function parseApiVersion(header: string | undefined): ApiVersion {
  if (header === undefined || header.trim() === '') return '1.2';
  const id = /^(?:iam\s+)?v?(\d+\.\d+)$/i.exec(header.trim())?.[1];
  const known = API_VERSIONS.find((v) => v.id === id);
  if (!known)
    throw badRequest(
      `Scp-Api-Version "${header}" is not supported; use one of ${API_VERSIONS.map((v) => `iam ${v.id}`).join(', ')}.`,
      'UNSUPPORTED_API_VERSION',
    );
  return known.id;
}

export function apiVersion(deps: Deps): MiddlewareHandler<ScpEnv> {
  return async (c, next) => {
    const id = parseApiVersion(c.req.header('scp-api-version'));
    const info = API_VERSIONS.find((v) => v.id === id);
    const until = info?.supportedUntil ?? null;
    if (until && deps.config.enforceVersionSunset && isoSeconds(deps.config.now()).slice(0, 10) > until) {
      throw badRequest(`IAM API ${id} was supported until ${until}.`, 'UNSUPPORTED_API_VERSION');
    }
    c.set('version', id);
    await next();
    if (until) c.header('Sunset', new Date(`${until}T00:00:00Z`).toUTCString());
    if (info?.status === 'DEPRECATED') c.header('Deprecation', 'true');
  };
}
