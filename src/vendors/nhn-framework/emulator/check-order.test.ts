import { describe, expect, it } from 'vitest';
import { harness } from './test-support';

describe('order of the checks', () => {
  it('route → token → scope → IP ACL → permission → target → body', async () => {
    const h = await harness();
    const { live } = await h.projects();
    const viewer = await h.account({ org: ['MEMBER'], projects: { [live]: ['MEMBER'] } });
    const member = (uuid: string) => `/v1/projects/${live}/members/${uuid}`;
    const nobody = '00000000-0000-4000-8000-000000000000';
    const bad = { assignRoles: 'not a list' };
    // Each step fails only once every earlier one passes.
    expect(await h.code('PATCH', member(nobody), { token: null, ip: '8.8.8.8', body: bad })).toBe(404);
    expect(await h.code('PUT', member(nobody), { token: null, ip: '8.8.8.8', body: bad })).toBe(80007);
    expect(
      await h.code('PUT', `/v1/projects/NoSuch00/members/${nobody}`, {
        token: viewer.token,
        ip: '8.8.8.8',
        body: bad,
      }),
    ).toBe(40017);
    expect(await h.code('PUT', member(nobody), { token: viewer.token, ip: '8.8.8.8', body: bad })).toBe(-8);
    expect(await h.code('PUT', member(nobody), { token: viewer.token, body: bad })).toBe(-6);
    expect(await h.code('PUT', member(nobody), { body: bad })).toBe(12100);
    expect(await h.code('PUT', member(h.meta.ownerUuid), { body: bad })).toBe(400);
    h.close();
  });
});
