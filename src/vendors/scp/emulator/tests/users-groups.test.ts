import { afterAll, describe, expect, it } from 'vitest';
import { testEmulator } from '../testing/signed-client';
import { expectError, expectStatus, must } from '../testing/expect-error';

const { emu, send } = testEmulator();
afterAll(() => emu.close());
const users = `/v1/accounts/${emu.accountId}/users`;
const newUser = (user_name: string, extra: object = {}) =>
  send('POST', users, { body: { user_name, password: 'Password-123', temporary_password: true, ...extra } });

type Page<K extends string, T> = Record<K, T[]> & {
  count: number;
  page: number;
  size: number;
  sort: string[];
};

describe('IAM users', () => {
  it('enforces the user name pattern and length', async () => {
    expectError(await newUser('a'.repeat(65)), 400, 'VALIDATION_ERROR');
    expectError(await newUser('김민준'), 400, 'VALIDATION_ERROR');
    expectError(await newUser('has space'), 400);
    expectStatus(await newUser('a'.repeat(64)), 201);
    expectStatus(await newUser('ok+.@-_user'), 201);
  });

  it('refuses a taken name, unknown groups or policies and an unknown account', async () => {
    expectError(await newUser('minjun.kim'), 400, 'DUPLICATE_NAME');
    expectError(await newUser('x1', { group_ids: ['nope'] }), 404);
    expectError(await send('GET', `/v1/accounts/${'0'.repeat(32)}/users`), 404);
  });

  it('echoes the password and console URL on create and password change, never on reads', async () => {
    const made = (await newUser('pw.user')).json as { id: string; password: string; console_url: string };
    expect(made.password).toBe('Password-123');
    expect(made.console_url).toMatch(/^https:\/\//);
    const read = (await send('GET', `${users}/${made.id}`)).json as Record<string, unknown>;
    expect(read).not.toHaveProperty('password');
    expect(read.srn).toBe(`srn:emulator::${emu.accountId}:::iam:user/${made.id}`);
  });

  it('limits password_reuse_count to 24 and enforces it', async () => {
    const id = ((await newUser('reuse.user')).json as { id: string }).id;
    expectError(await send('PUT', `${users}/${id}`, { body: { password_reuse_count: 25 } }), 400);
    expectError(await send('PUT', `${users}/${id}`, { body: { password_reuse_count: 'three' } }), 400);
    expectStatus(
      await send('PUT', `${users}/${id}`, { body: { description: 'd', password_reuse_count: 2 } }),
      200,
    );
    expectStatus(await send('PUT', `${users}/${id}/password`, { body: { password: 'Second-Pass-2' } }), 200);
    expectError(
      await send('PUT', `${users}/${id}/password`, { body: { password: 'Password-123' } }),
      400,
      'PASSWORD_REUSED',
    );
    expectStatus(await send('PUT', `${users}/${id}/password`, { body: { password: 'Third-Pass-3' } }), 200);
    expectStatus(await send('PUT', `${users}/${id}/password`, { body: { password: 'Fourth-Pass-4' } }), 200);
    expectStatus(await send('PUT', `${users}/${id}/password`, { body: { password: 'Password-123' } }), 200);
  });

  it('pages, sorts and filters, including exclude_group_id and exclude_policy_id', async () => {
    const page = (await send('GET', `${users}?size=5&page=1&sort=user_name:desc`)).json as Page<
      'users',
      { user_name: string }
    >;
    expect(page.users).toHaveLength(5);
    expect(page.sort).toEqual(['user_name:desc']);
    const all = (await send('GET', `${users}?size=1000&sort=user_name:desc`)).json as Page<
      'users',
      { user_name: string; groups: string[]; id: string }
    >;
    expect(page.users.map((u) => u.user_name)).toEqual(all.users.slice(5, 10).map((u) => u.user_name));
    expect(page.count).toBe(all.users.length);
    const filtered = (await send('GET', `${users}?email=KIM@`)).json as Page<'users', { email: string }>;
    expect(filtered.users.length).toBeGreaterThan(0);
    expect(filtered.users.every((u) => u.email.toLowerCase().includes('kim@'))).toBe(true);
    const groups = (await send('GET', '/v1/groups?name=Developers')).json as Page<'groups', { id: string }>;
    const dev = must(groups.groups[0]).id;
    const notDev = (await send('GET', `${users}?size=1000&exclude_group_id=${dev}`)).json as Page<
      'users',
      { groups: string[] }
    >;
    expect(notDev.users.some((u) => u.groups.includes('Developers'))).toBe(false);
    expect(notDev.count).toBeLessThan(all.count);
    expectError(await send('GET', `${users}?sort=password:asc`), 400, 'INVALID_QUERY');
    expectError(await send('GET', `${users}?page=-1`), 400, 'INVALID_QUERY');
    expectError(await send('GET', `${users}?exclude_group_id=missing`), 404);
  });

  it('deletes one (1.1+) or many, all or nothing, and never the caller', async () => {
    const a = ((await newUser('del.a')).json as { id: string }).id;
    const b = ((await newUser('del.b')).json as { id: string }).id;
    expectError(await send('DELETE', `${users}/bulk`, { body: { user_ids: [a, 'missing'] } }), 404);
    expectStatus(await send('GET', `${users}/${a}`), 200);
    expectError(
      await send('DELETE', `${users}/bulk`, { body: { user_ids: [a, emu.admin.userId] } }),
      400,
      'CANNOT_DELETE_SELF',
    );
    expectStatus(await send('DELETE', `${users}/bulk`, { body: { user_ids: [a] } }), 204);
    expectError(await send('DELETE', `${users}/${b}`, { version: '1.0' }), 404);
    expectStatus(await send('DELETE', `${users}/${b}`, { version: '1.1' }), 204);
    expectError(await send('GET', `${users}/${b}`), 404);
  });
});

describe('groups and members', () => {
  it('enforces group names: 3 to 24 characters, Hangul allowed', async () => {
    expectError(await send('POST', '/v1/groups', { body: { name: 'ab', description: null } }), 400);
    expectError(await send('POST', '/v1/groups', { body: { name: 'a'.repeat(25), description: null } }), 400);
    expectError(await send('POST', '/v1/groups', { body: { name: 'bad/name', description: null } }), 400);
    expectStatus(await send('POST', '/v1/groups', { body: { name: '개발-1팀', description: null } }), 201);
    expectError(
      await send('POST', '/v1/groups', { body: { name: '개발-1팀', description: null } }),
      409,
      'DUPLICATE_NAME',
    );
    expectError(await send('POST', '/v1/groups', { body: { name: 'NoDescription' } }), 400);
    expectError(
      await send('POST', '/v1/groups', {
        body: { name: 'Unknowns', description: 'x', user_ids: ['missing'] },
      }),
      400,
      'UNKNOWN_REFERENCE',
    );
  });

  it('renames with both fields required and 409 on a taken name', async () => {
    const g = (
      (await send('POST', '/v1/groups', { body: { name: 'RenameMe', description: 'd' } })).json as {
        group: { id: string };
      }
    ).group;
    expectError(await send('PUT', `/v1/groups/${g.id}`, { body: { name: 'Renamed' } }), 400);
    expectError(
      await send('PUT', `/v1/groups/${g.id}`, { body: { name: 'Developers', description: 'd' } }),
      409,
    );
    expectStatus(
      await send('PUT', `/v1/groups/${g.id}`, { body: { name: 'Renamed', description: null } }),
      200,
    );
    expectError(
      await send('PUT', '/v1/groups/missing', { body: { name: 'Renamed2', description: null } }),
      404,
    );
  });

  it('adds members idempotently with 200, lists them and removes them', async () => {
    const g = (
      (await send('POST', '/v1/groups', { body: { name: 'Members', description: null } })).json as {
        group: { id: string };
      }
    ).group;
    const u = ((await newUser('member.one')).json as { id: string }).id;
    const first = await send('POST', `/v1/groups/${g.id}/members`, { body: { user_id: u } });
    expectStatus(first, 200);
    const again = await send('POST', `/v1/groups/${g.id}/members`, { body: { user_id: u } });
    expect(again.json).toEqual(first.json);
    expectError(await send('POST', `/v1/groups/${g.id}/members`, { body: { user_id: 'missing' } }), 404);
    const list = (await send('GET', `/v1/groups/${g.id}/members?user_name=member`)).json as Page<
      'group_members',
      { user_id: string; group_names: string[] }
    >;
    expect(list.group_members.map((m) => m.user_id)).toEqual([u]);
    expect(list.group_members[0]?.group_names).toContain('Members');
    const withMembers = (await send('GET', `/v1/groups?has_member=true&ids=${g.id}`)).json as Page<
      'groups',
      unknown
    >;
    expect(withMembers.count).toBe(1);
    expectStatus(await send('DELETE', `/v1/groups/${g.id}/members/${u}`), 204);
    expectError(await send('DELETE', `/v1/groups/${g.id}/members/${u}`), 404);
    expect(
      ((await send('GET', `/v1/groups?has_member=true&ids=${g.id}`)).json as Page<'groups', unknown>).count,
    ).toBe(0);
  });

  it('filters groups by types, ids, exclusions and creator', async () => {
    const all = (await send('GET', '/v1/groups?size=100')).json as Page<
      'groups',
      { id: string; type: string; members: { user_id: string }[]; policies: { id: string }[] }
    >;
    const defaults = (await send('GET', '/v1/groups?types=DEFAULT')).json as Page<'groups', { type: string }>;
    expect(defaults.groups.every((g) => g.type === 'DEFAULT')).toBe(true);
    const both = (await send('GET', '/v1/groups?types=USER_DEFINED,DEFAULT')).json as Page<'groups', unknown>;
    expect(both.count).toBe(all.count);
    const two = all.groups.slice(0, 2).map((g) => g.id);
    expect(
      ((await send('GET', `/v1/groups?ids=${two.join(',')}`)).json as Page<'groups', unknown>).count,
    ).toBe(2);
    const member = must(must(all.groups.find((g) => g.members.length)).members[0]).user_id;
    const excluded = (await send('GET', `/v1/groups?size=100&exclude_user_id=${member}`)).json as Page<
      'groups',
      { members: { user_id: string }[] }
    >;
    expect(excluded.groups.some((g) => g.members.some((m) => m.user_id === member))).toBe(false);
    const policy = must(must(all.groups.find((g) => g.policies.length)).policies[0]).id;
    const noPolicy = (await send('GET', `/v1/groups?size=100&exclude_policy_id=${policy}`)).json as Page<
      'groups',
      { policies: { id: string }[] }
    >;
    expect(noPolicy.groups.some((g) => g.policies.some((p) => p.id === policy))).toBe(false);
    expect(
      ((await send('GET', '/v1/groups?creator_email=admin@')).json as Page<'groups', unknown>).count,
    ).toBe(all.count);
    expectError(await send('GET', '/v1/groups?has_member=maybe'), 400);
  });
});
