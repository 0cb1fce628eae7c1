import type { z } from 'zod';
import { randomString, randomUuid } from '../../../emulator-kit/random-id';
import { setSecret } from './auth/secrets';
import { offsetDate, zuluDate } from './format';
import { createNhnFrameworkEmulator } from './index';
import type { NhnEmulatorOptions } from './runtime';
import { membershipKey } from './store';

type CallOptions = {
  body?: unknown;
  rawBody?: string;
  token?: string | null;
  ip?: string;
  headers?: Record<string, string>;
};

/**
 * An emulator on a controllable clock, driven through `app.request` with a client address, plus helpers
 * to issue tokens and to place test accounts with chosen roles (the API cannot create members with keys).
 */
export async function harness(opts: Partial<NhnEmulatorOptions> = {}) {
  const clock = { now: new Date('2026-03-02T09:00:00.000Z') };
  const { emulator, runtime } = createNhnFrameworkEmulator({ seed: true, now: () => clock.now, ...opts });
  const meta = runtime.store.meta.get('meta');
  if (!meta) throw new Error('no bootstrap');

  const raw = (method: string, path: string, init: CallOptions = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers['x-nhn-authorization'] = `Bearer ${init.token}`;
    let body: string | undefined = init.rawBody;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] = 'application/json';
    }
    return emulator.app.request(
      path,
      { method, headers, ...(body === undefined ? {} : { body }) },
      {
        incoming: { socket: { remoteAddress: init.ip ?? '127.0.0.1' } },
      },
    );
  };

  const issueToken = async (id: string, secret: string): Promise<string> => {
    const res = await raw('POST', '/oauth2/token/create', {
      rawBody: 'grant_type=client_credentials',
      headers: {
        authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
    });
    const body = (await res.json()) as { access_token: string };
    return body.access_token;
  };

  const ownerToken = await issueToken(meta.userAccessKeyId, meta.secretAccessKey);

  /** A call as the organization OWNER unless another token is given; returns status, body and result code. */
  const call = async (method: string, path: string, init: CallOptions = {}) => {
    const res = await raw(method, path, {
      ...init,
      token: init.token === undefined ? ownerToken : init.token,
    });
    const text = await res.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    const header = (body as { header?: { resultCode?: number } } | undefined)?.header;
    return { status: res.status, body, code: header?.resultCode };
  };

  /** A call that must succeed; its body is parsed with the operation's wire schema (the conformance check). */
  const ok = async <S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    init: CallOptions = {},
  ): Promise<z.output<S>> => {
    const res = await call(method, path, init);
    if (res.code !== 0 || res.status !== 200)
      throw new Error(`${method} ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return schema.parse(res.body);
  };

  /** The result code of a call (as the OWNER unless another token is given). */
  const code = async (method: string, path: string, init: CallOptions = {}) =>
    (await call(method, path, init)).code;

  /** A new account in the bootstrap org with the given org and project roles, and a token of its own. */
  const account = async (
    roles: { org?: string[]; projects?: Record<string, string[]>; iam?: boolean } = {},
  ) => {
    const now = clock.now;
    const uuid = randomUuid();
    const email = `${uuid.slice(0, 8)}@test.example`;
    runtime.store.accounts.put(uuid, {
      uuid,
      type: roles.iam ? 'IAM' : 'TOAST_CLOUD',
      email,
      name: `Tester ${uuid.slice(0, 4)}`,
      state: 'STABLE',
      secondFactorCertificationYn: 'N',
      recentLoginYmdt: null,
      recentPasswordModifyYmdt: null,
      ...(roles.iam
        ? {
            iam: {
              userCode: `t${uuid.slice(0, 8)}`,
              name: `Tester ${uuid.slice(0, 4)}`,
              emailAddress: email,
              status: 'member' as const,
              orgId: meta.orgId,
              createdAt: offsetDate(now),
              lastAccessedAt: null,
              lastLoggedInAt: null,
              lastLoggedInIp: null,
              passwordChangedAt: null,
              passwordHash: null,
              saasRoles: [],
            },
          }
        : {}),
    });
    const assign = (ids: string[]) => ids.map((roleId) => ({ roleId, regDateTime: offsetDate(now) }));
    const key = membershipKey(meta.orgId, { memberUuid: uuid, email });
    runtime.store.orgMembers.put(key, {
      key,
      orgId: meta.orgId,
      memberUuid: uuid,
      email,
      inviteStatusCode: 'COMPLETE',
      blocked: false,
      joinYmdt: offsetDate(now),
      roles: assign(roles.org ?? ['MEMBER']),
    });
    for (const [projectId, ids] of Object.entries(roles.projects ?? {})) {
      const pk = membershipKey(projectId, { memberUuid: uuid, email });
      runtime.store.projectMembers.put(pk, {
        key: pk,
        projectId,
        memberUuid: uuid,
        email,
        statusCode: 'COMPLETE',
        relationDateTime: offsetDate(now),
        roles: assign(ids),
      });
    }
    const uak = {
      authId: randomUuid(),
      userAccessKeyID: randomString(20),
      secretHash: '',
      secretHint: '',
      ownerUuid: uuid,
      authStatus: 'STABLE' as const,
      tokenExpiryPeriod: 86_400,
      regDatetime: zuluDate(now),
      modDatetime: null,
      reIssueDatetime: null,
      lastUsedDatetime: null,
      lastTokenUsedDatetime: null,
    };
    const secret = setSecret(uak);
    runtime.store.userAccessKeys.put(uak.userAccessKeyID, uak);
    return {
      uuid,
      email,
      keyId: uak.userAccessKeyID,
      secret,
      token: await issueToken(uak.userAccessKeyID, secret),
    };
  };

  /** The demo projects by name, found through the API (#20). */
  const projects = async () => {
    const res = await call('GET', `/v1/organizations/${meta.orgId}/projects`);
    const list = (res.body as { projectList: { projectId: string; projectName: string }[] }).projectList;
    const id = (name: string) => list.find((p) => p.projectName === name)?.projectId ?? '';
    return { live: id('Live Ops'), data: id('Data Platform') };
  };

  return {
    emulator,
    runtime,
    meta,
    projects,
    orgId: meta.orgId,
    ownerToken,
    raw,
    call,
    ok,
    code,
    issueToken,
    account,
    advance: (seconds: number) => {
      clock.now = new Date(clock.now.getTime() + seconds * 1000);
    },
    close: () => emulator.close(),
  };
}

export type Harness = Awaited<ReturnType<typeof harness>>;
