import { afterAll, describe, expect, it } from 'vitest';
import { createScpEmulator } from '../index';
import { keyFor, signedRequester, testEmulator, type Credential } from '../testing/signed-client';
import { expectError, expectStatus, must } from '../testing/expect-error';

const { emu, send } = testEmulator();
afterAll(() => emu.close());
const users = `/v1/accounts/${emu.accountId}/users`;

/** A new user holding exactly these policies (by name), with an access key of its own. */
async function userWith(name: string, policies: string[]): Promise<Credential & { userId: string }> {
  const list = (await send('POST', '/v1/policies/list?size=100', { body: {} })).json as {
    policies: { id: string; policy_name: string }[];
  };
  const ids = policies.map(
    (p) =>
      must(
        list.policies.find((x) => x.policy_name === p),
        p,
      ).id,
  );
  const made = (
    await send('POST', users, {
      body: { user_name: name, password: 'Password-123', temporary_password: false, policy_ids: ids },
    })
  ).json as { id: string };
  return { ...keyFor(emu, made.id), userId: made.id };
}

describe('authorisation of the caller’s own requests', () => {
  it('denies everything to a user without policies, with a 403 in SCP’s error shape', async () => {
    const nobody = await userWith('no.policies', []);
    expectError(await send('GET', '/v1/groups', { as: nobody }), 403, 'ACCESS_DENIED');
    expectError(await send('GET', '/v1/endpoints', { as: nobody }), 403);
  });

  it('lets ViewerAccess list and read but not change anything', async () => {
    const viewer = await userWith('viewer.only', ['ViewerAccess']);
    expectStatus(await send('GET', '/v1/groups', { as: viewer }), 200);
    expectStatus(await send('GET', `${users}/${viewer.userId}`, { as: viewer }), 200);
    expectError(
      await send('POST', '/v1/groups', { as: viewer, body: { name: 'Nope', description: null } }),
      403,
    );
    expectError(await send('GET', `/v1/policies/${'0'.repeat(32)}`, { as: viewer }), 403);
  });

  it('lets an explicit Deny win over IAMFullAccess', async () => {
    const editor = await userWith('no.policy.edits', ['DenyPolicyChanges']);
    expectStatus(
      await send('POST', '/v1/groups', { as: editor, body: { name: 'Allowed', description: null } }),
      201,
    );
    expectError(
      await send('POST', '/v1/policies', {
        as: editor,
        body: {
          policy_name: 'Blocked',
          policy_version: {
            policy_document: { Version: '1', Statement: [{ Effect: 'Allow', Action: ['*'] }] },
          },
        },
      }),
      403,
    );
  });

  it('grants through group membership and honours region conditions', async () => {
    const dev = await userWith('region.dev', []);
    const devs = must(
      ((await send('GET', '/v1/groups?name=Developers')).json as { groups: { id: string }[] }).groups[0],
    );
    expectError(await send('GET', '/v1/access-keys', { as: dev }), 403);
    await send('POST', `/v1/groups/${devs.id}/members`, { body: { user_id: dev.userId } });
    expectStatus(await send('GET', '/v1/access-keys', { as: dev }), 200);
    const east = createScpEmulator({ seed: true, config: { region: 'kr-east1' } });
    const member = must(east.store.users.list((u) => u.user_name === 'jiho.park')[0]);
    const asEast = signedRequester(east);
    expectError(await asEast('GET', '/v1/access-keys', { as: keyFor(east, member.id) }), 403);
    east.close();
  });

  it('can be switched off', async () => {
    const open = createScpEmulator({ seed: true, config: { authorize: false } });
    const user = must(open.store.users.list((u) => u.user_name === 'jisoo.son')[0]);
    expectStatus(await signedRequester(open)('GET', '/v1/roles', { as: keyFor(open, user.id) }), 200);
    open.close();
  });

  it('checks the target SRN of single-resource actions', async () => {
    const made = await send('POST', '/v1/policies', {
      body: {
        policy_name: 'OneGroupOnly',
        policy_version: {
          policy_document: {
            Version: '2024-07-01',
            Statement: [
              { Effect: 'Allow', Action: ['iam:ShowGroup'], Resource: ['srn:*:iam:group/allowed*'] },
            ],
          },
        },
      },
    });
    expectStatus(made, 201);
    const scoped = await userWith('scoped.reader', ['OneGroupOnly']);
    const anyGroup = must(((await send('GET', '/v1/groups')).json as { groups: { id: string }[] }).groups[0]);
    expectError(await send('GET', `/v1/groups/${anyGroup.id}`, { as: scoped }), 403);
    expect(JSON.stringify((await send('GET', `/v1/groups/${anyGroup.id}`, { as: scoped })).json)).toContain(
      `iam:group/${anyGroup.id}`,
    );
  });
});
