import { afterAll, describe, expect, it } from 'vitest';
import { testEmulator } from '../testing/signed-client';
import { expectError, expectStatus, must } from '../testing/expect-error';

const { emu, send } = testEmulator();
afterAll(() => emu.close());

const statement = { Sid: 'S1', Effect: 'Allow', Action: ['iam:List*'], Resource: ['*'] };
const policyBody = (
  policy_name: string,
  document: unknown = { Version: '2024-07-01', Statement: [statement] },
) => ({ policy_name, policy_version: { policy_document: document } });
const createPolicy = async (name: string) =>
  (await send('POST', '/v1/policies', { body: policyBody(name) })).json as {
    id: string;
    default_version_id: string;
    policy_versions: { id: string }[];
  };
type Page<K extends string, T> = Record<K, T[]> & { count: number };

describe('policy documents', () => {
  it.each([
    ['no Version', { Statement: [statement] }],
    ['no Statement', { Version: '2024-07-01' }],
    ['an empty Statement list', { Version: '2024-07-01', Statement: [] }],
    ['no Effect', { Version: '2024-07-01', Statement: [{ Action: ['iam:*'] }] }],
    [
      'an Effect other than Allow or Deny',
      { Version: '2024-07-01', Statement: [{ ...statement, Effect: 'Maybe' }] },
    ],
    ['Action as a scalar string', { Version: '2024-07-01', Statement: [{ ...statement, Action: 'iam:*' }] }],
    [
      'both Action and NotAction',
      { Version: '2024-07-01', Statement: [{ ...statement, NotAction: ['iam:Delete*'] }] },
    ],
    ['duplicate Sids', { Version: '2024-07-01', Statement: [statement, statement] }],
    [
      'a condition that is not a map of maps',
      { Version: '2024-07-01', Statement: [{ ...statement, Condition: ['StringEquals'] }] },
    ],
  ])('refuses a document with %s', async (_what, document) => {
    expectError(
      await send('POST', '/v1/policies', { body: policyBody('BadDoc', document) }),
      400,
      'VALIDATION_ERROR',
    );
  });

  it('refuses malformed JSON', async () => {
    expectError(
      await send('POST', '/v1/policies', {
        raw: '{"policy_name": "x",',
        headers: { 'Content-Type': 'application/json' },
      }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('accepts unknown condition operators and Principal forms, and normalises the echo', async () => {
    const doc = {
      Version: '2024-07-01',
      Statement: [
        {
          Effect: 'Deny',
          NotAction: ['iam:List*'],
          Condition: { DateGreaterThan: { 'scp:CurrentTime': '2030-01-01' } },
          Principal: null,
        },
      ],
    };
    const res = await send('POST', '/v1/policies', { body: policyBody('OddButValid', doc) });
    expectStatus(res, 201);
    const s = must(
      (res.json as { policy_versions: { policy_document: { Statement: Record<string, unknown>[] } }[] })
        .policy_versions[0],
    ).policy_document.Statement[0];
    expect(s).toMatchObject({
      Sid: 'statement1',
      Action: [],
      NotAction: ['iam:List*'],
      Principal: [],
      Resource: [],
    });
  });
});

describe('policies', () => {
  it('enforces the policy name: 3 to 128 characters, Hangul allowed, unique', async () => {
    expectError(await send('POST', '/v1/policies', { body: policyBody('ab') }), 400);
    expectError(await send('POST', '/v1/policies', { body: policyBody('a'.repeat(129)) }), 400);
    expectStatus(await send('POST', '/v1/policies', { body: policyBody('정책-읽기_1') }), 201);
    expectError(
      await send('POST', '/v1/policies', { body: policyBody('정책-읽기_1') }),
      409,
      'DUPLICATE_NAME',
    );
    expectError(
      await send('POST', '/v1/policies', {
        body: { ...policyBody('System'), policy_type: 'SYSTEM_MANAGED' },
      }),
      403,
    );
  });

  it('adds a version on set, switches the default and keeps five at most', async () => {
    const p = await createPolicy('Versioned');
    const first = p.default_version_id;
    let last = p;
    for (let i = 0; i < 6; i++) {
      const res = await send('PUT', `/v1/policies/${p.id}`, {
        body: { policy_version: { policy_document: { Version: '2024-07-01', Statement: [statement] } } },
      });
      expectStatus(res, 200);
      last = res.json as typeof p;
    }
    expect(last.policy_versions).toHaveLength(5);
    expect(last.policy_versions.map((v) => v.id)).not.toContain(first);
    const older = must(last.policy_versions[0]).id;
    const back = (await send('PUT', `/v1/policies/${p.id}`, { body: { default_version_id: older } }))
      .json as typeof p;
    expect(back.default_version_id).toBe(older);
    expectError(await send('PUT', `/v1/policies/${p.id}`, { body: { default_version_id: 'nope' } }), 400);
    expectError(
      await send('PUT', `/v1/policies/${p.id}`, { body: { policy_name: 'AdministratorAccess' } }),
      409,
    );
    expectError(await send('PUT', '/v1/policies/missing', { body: {} }), 404);
  });

  it('protects SYSTEM_MANAGED policies and bound policies', async () => {
    const admin = must(
      (
        (await send('GET', '/v1/policies?policy_name=AdministratorAccess&policy_type=SYSTEM_MANAGED'))
          .json as Page<'policies', { id: string }>
      ).policies[0],
    );
    expectError(await send('PUT', `/v1/policies/${admin.id}`, { body: { description: 'mine now' } }), 403);
    expectError(await send('DELETE', `/v1/policies/${admin.id}`), 403);
    const p = await createPolicy('BoundOne');
    const g = (
      (await send('POST', '/v1/groups', { body: { name: 'Binder', description: null, policy_ids: [p.id] } }))
        .json as { group: { id: string } }
    ).group;
    expectError(await send('DELETE', `/v1/policies/${p.id}`), 409, 'POLICY_IN_USE');
    const spare = await createPolicy('SpareOne');
    expectError(await send('DELETE', '/v1/policies/bulk', { body: { ids: [spare.id, p.id] } }), 409);
    expectError(await send('DELETE', '/v1/policies/bulk', { body: { ids: [spare.id, 'missing'] } }), 404);
    expectStatus(await send('GET', `/v1/policies/${spare.id}`), 200);
    expectStatus(await send('DELETE', `/v1/groups/${g.id}/policy-bindings/${p.id}`), 204);
    expectStatus(await send('DELETE', '/v1/policies/bulk', { body: { ids: [spare.id, p.id] } }), 204);
    expectError(await send('DELETE', `/v1/policies/${p.id}`), 404);
  });

  it('filters by type, service and exclusions, GET and POST /list alike', async () => {
    const system = (await send('GET', '/v1/policies?policy_type=SYSTEM_MANAGED&size=100')).json as Page<
      'policies',
      { policy_type: string; id: string }
    >;
    expect(system.policies.every((p) => p.policy_type === 'SYSTEM_MANAGED')).toBe(true);
    const both = (
      await send('GET', '/v1/policies?policy_type=SYSTEM_MANAGED&policy_type=USER_DEFINED&size=1')
    ).json as Page<'policies', unknown>;
    const all = (await send('GET', '/v1/policies?size=1')).json as Page<'policies', unknown>;
    expect(both.count).toBe(all.count);
    expect(
      ((await send('GET', '/v1/policies?service_type=scp-iam&size=1')).json as Page<'policies', unknown>)
        .count,
    ).toBeGreaterThan(0);
    const excluded = (
      await send('POST', '/v1/policies/list?policy_type=SYSTEM_MANAGED', {
        body: { excluded_policy_ids: [must(system.policies[0]).id] },
      })
    ).json as Page<'policies', unknown>;
    expect(excluded.count).toBe(system.count - 1);
    const dev = must(
      (
        (await send('GET', '/v1/groups?name=Developers')).json as Page<
          'groups',
          { id: string; policies: unknown[] }
        >
      ).groups[0],
    );
    const notDev = (await send('GET', `/v1/policies?size=100&exclude_group_id=${dev.id}`)).json as Page<
      'policies',
      unknown
    >;
    expect(notDev.count).toBe(all.count - dev.policies.length);
  });

  it('binds and unbinds identities by type with PUT /bindings and lists them', async () => {
    const p = await createPolicy('BindingsTarget');
    const u = (
      (await send('GET', `/v1/accounts/${emu.accountId}/users?user_name=jiho`)).json as Page<
        'users',
        { id: string }
      >
    ).users.map((x) => x.id);
    expectError(
      await send('PUT', `/v1/policies/${p.id}/bindings`, { body: { identity_type: 'TEAM', add_ids: u } }),
      400,
    );
    expectError(
      await send('PUT', `/v1/policies/${p.id}/bindings`, {
        body: { identity_type: 'USER', add_ids: ['missing'] },
      }),
      404,
    );
    const res = (
      await send('PUT', `/v1/policies/${p.id}/bindings`, { body: { identity_type: 'USER', add_ids: u } })
    ).json as { users: { id: string }[]; count: number };
    expect(res.users.map((x) => x.id)).toEqual(u);
    const listed = (await send('GET', `/v1/policies/${p.id}/bindings?identity_type=USER`)).json as {
      users: { id: string }[];
      groups: unknown[];
    };
    expect(listed.users).toHaveLength(u.length);
    expect(listed.groups).toEqual([]);
    expectStatus(
      await send('PUT', `/v1/policies/${p.id}/bindings`, { body: { identity_type: 'USER', remove_ids: u } }),
      200,
    );
    expect(((await send('GET', `/v1/policies/${p.id}/bindings`)).json as { count: number }).count).toBe(0);
  });

  it('binds policies to users, groups and roles, returning every bound policy', async () => {
    const a = await createPolicy('PerIdentityA');
    const b = await createPolicy('PerIdentityB');
    const user = must(
      (
        (await send('GET', `/v1/accounts/${emu.accountId}/users?user_name=haeun`)).json as Page<
          'users',
          { id: string }
        >
      ).users[0],
    );
    await send('POST', `/v1/users/${user.id}/policy-bindings`, { body: { policy_ids: [a.id] } });
    const both = (
      await send('POST', `/v1/users/${user.id}/policy-bindings`, { body: { policy_ids: [b.id, a.id] } })
    ).json as { policies: { id: string }[]; user_id: string };
    expect(both.policies.map((p) => p.id)).toEqual([a.id, b.id]);
    const page = (await send('GET', `/v1/users/${user.id}/policy-bindings?policy_name=PerIdentityB`))
      .json as Page<'policies', { id: string }> & { user_id: string };
    expect(page.policies.map((p) => p.id)).toEqual([b.id]);
    expectStatus(await send('DELETE', `/v1/users/${user.id}/policy-bindings/${a.id}`), 204);
    expectError(await send('DELETE', `/v1/users/${user.id}/policy-bindings/${a.id}`), 404);
    expectError(
      await send('POST', `/v1/users/${user.id}/policy-bindings`, { body: { policy_ids: [] } }),
      400,
    );
    expectError(
      await send('POST', '/v1/users/missing/policy-bindings', { body: { policy_ids: [a.id] } }),
      404,
    );
  });
});

describe('roles', () => {
  const trust = {
    Version: '2024-07-01',
    Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRole'], Principal: 'srn:e:1234:::iam:user/abc1234' }],
  };
  const role = (name: string, extra: object = {}) =>
    send('POST', '/v1/roles', {
      body: { name, policy_ids: [], assume_role_policy_document: trust, ...extra },
    });

  it('creates with 202, checks names, durations and references', async () => {
    expectStatus(await role('deploy-bot'), 202);
    expectError(await role('deploy-bot'), 409, 'DUPLICATE_NAME');
    expectError(await role('한글역할'), 400);
    expectError(await role('r'.repeat(65)), 400);
    expectError(await role('short-session', { max_session_duration: 3599 }), 400);
    expectError(await role('long-session', { max_session_duration: 43201 }), 400);
    expectError(await role('float-session', { max_session_duration: 3600.5 }), 400);
    expectError(await role('ghost-policy', { policy_ids: ['missing'] }), 404);
    expectError(await role('no-trust', { assume_role_policy_document: null }), 400, 'MISSING_TRUST_POLICY');
    const fromPrincipals = (
      await role('from-principals', {
        assume_role_policy_document: null,
        principals: [{ type: 'SRN', value: 'srn:e::1:::iam:user/2' }],
      })
    ).json as { role: { assume_role_policy_document: { Statement: { Principal: unknown }[] } } };
    expect(must(fromPrincipals.role.assume_role_policy_document.Statement[0]).Principal).toEqual({
      SRN: ['srn:e::1:::iam:user/2'],
    });
  });

  it('updates, replaces the trust policy, and deletes one or many', async () => {
    const r = ((await role('editable')).json as { role: { id: string; name: string } }).role;
    expectError(await send('PUT', `/v1/roles/${r.id}`, { body: { max_session_duration: 100 } }), 400);
    expect(
      (
        (await send('PUT', `/v1/roles/${r.id}`, { body: { max_session_duration: 7200 } })).json as {
          role: { max_session_duration: number };
        }
      ).role.max_session_duration,
    ).toBe(7200);
    const t = (
      await send('PUT', `/v1/roles/${r.id}/trust-policy`, { body: { assume_role_policy_document: trust } })
    ).json as { id: string; assume_role_policy_document: unknown };
    expect(t.assume_role_policy_document).toMatchObject({ Version: '2024-07-01' });
    expectError(await send('PUT', `/v1/roles/${r.id}/trust-policy`, { body: {} }), 400);
    const other = ((await role('bulk-two')).json as { role: { id: string } }).role;
    expectError(
      await send('DELETE', '/v1/roles/bulk', {
        body: { role_ids: [other.id], role_names: ['no-such-role'] },
      }),
      400,
      'UNKNOWN_REFERENCE',
    );
    expectError(await send('DELETE', '/v1/roles/bulk', { body: { role_ids: [''] } }), 400);
    expectStatus(
      await send('DELETE', '/v1/roles/bulk', { body: { role_ids: [other.id], role_names: [r.name] } }),
      204,
    );
    expectError(await send('GET', `/v1/roles/${r.id}`), 404);
    const linked = must(
      ((await send('GET', '/v1/roles?role_type=SERVICE_LINKED')).json as Page<'roles', { id: string }>)
        .roles[0],
    );
    expectError(await send('DELETE', `/v1/roles/${linked.id}`), 403);
  });

  it('attaches and detaches policies, one or many', async () => {
    const r = ((await role('with-policies')).json as { role: { id: string } }).role;
    const a = await createPolicy('RoleA');
    const b = await createPolicy('RoleB');
    const added = (
      await send('POST', `/v1/roles/${r.id}/policy-bindings`, { body: { policy_ids: [a.id, b.id] } })
    ).json as { policies: unknown[] };
    expect(added.policies).toHaveLength(2);
    expect(
      (
        (await send('GET', `/v1/roles?exclude_policy_id=${a.id}&name=with-policies`)).json as Page<
          'roles',
          unknown
        >
      ).count,
    ).toBe(0);
    expectError(
      await send('DELETE', `/v1/roles/${r.id}/policy-bindings`, { body: { policy_ids: [a.id, 'missing'] } }),
      404,
    );
    expectStatus(
      await send('DELETE', `/v1/roles/${r.id}/policy-bindings`, { body: { policy_ids: [a.id] } }),
      204,
    );
    expectStatus(await send('DELETE', `/v1/roles/${r.id}/policy-bindings/${b.id}`), 204);
    expect(
      ((await send('GET', `/v1/roles/${r.id}/policy-bindings`)).json as Page<'policies', unknown>).count,
    ).toBe(0);
  });
});
