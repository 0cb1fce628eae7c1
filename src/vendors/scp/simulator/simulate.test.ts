import { afterAll, describe, expect, it } from 'vitest';
import { createScpEmulator } from '../emulator/index';
import { keyFor, signedRequester } from '../emulator/testing/signed-client';
import { GroupPageResponse } from '../wire/groups';
import { PolicyPageResponse, UserPolicyPageResponse } from '../wire/policies';
import { ListIAMUserResponse } from '../wire/users';
import { defaultResource, heldPolicies, simulate } from './simulate';

/** Requests that change nothing whether allowed or not: reads, and deletes of ids that do not exist. */
const REQUESTS = [
  { method: 'GET', path: () => '/v1/groups', action: 'iam:ListGroups' },
  { method: 'GET', path: () => '/v1/access-keys', action: 'iam:ListAccessKey' },
  { method: 'GET', path: (p: string) => `/v1/policies/${p}`, action: 'iam:ShowPolicy', id: 'policy' },
  { method: 'DELETE', path: () => '/v1/groups/nope', action: 'iam:DeleteGroup', id: 'nope' },
  { method: 'DELETE', path: () => '/v1/policies/nope', action: 'iam:DeletePolicy', id: 'nope' },
  { method: 'GET', path: () => '/v1/saml-providers', action: 'iam:ListSamlProviders' },
] as const;

const USERS = [
  'minjun.kim',
  'jiho.park',
  'hayoon.seo',
  'jisoo.son',
  'dohyun.jung',
  'minseo.jeon',
  'eunwoo.jang',
];

const emulators = ['kr-west1', 'kr-east1'].map((region) =>
  createScpEmulator({ seed: true, config: { region } }),
);
afterAll(() => emulators.forEach((e) => e.close()));

describe('the simulator decides as the emulator authorises', () => {
  for (const emu of emulators) {
    const region = emu.config.region;
    it(`for demo users in ${region}`, async () => {
      const send = signedRequester(emu);
      const get = async <T>(path: string, schema: { parse: (v: unknown) => T }) =>
        schema.parse((await send('GET', path)).json);
      const users = (await get(`/v1/accounts/${emu.accountId}/users?size=1000`, ListIAMUserResponse)).users;
      const groups = (await get('/v1/groups?size=1000', GroupPageResponse)).groups;
      const anyPolicy = (await get('/v1/policies?size=1', PolicyPageResponse)).policies[0]?.id ?? '';
      const outcomes = new Set<boolean>();
      for (const name of USERS) {
        const u = users.find((x) => x.user_name === name);
        if (!u) throw new Error(`seed has no ${name}`);
        const direct = (await get(`/v1/users/${u.id}/policy-bindings?size=1000`, UserPolicyPageResponse))
          .policies;
        const held = heldPolicies(u.id, direct, groups);
        const as = keyFor(emu, u.id);
        for (const r of REQUESTS) {
          const id = 'id' in r ? (r.id === 'policy' ? anyPolicy : r.id) : undefined;
          const res = await send(r.method, r.path(anyPolicy), { as });
          const resource = defaultResource(r.action, emu.config.environment, emu.accountId, id);
          const verdict = simulate(held, { action: r.action, level: '', resource, region });
          const allowed = verdict.decision === 'ALLOW';
          outcomes.add(allowed);
          expect(res.status === 403, `${name} ${r.action} in ${region}: ${res.status}`).toBe(!allowed);
        }
      }
      // The table must exercise both answers, or it proves nothing.
      expect(outcomes).toEqual(new Set([true, false]));
    });
  }

  it('names the guardrail Deny that decided outside kr-west1', () => {
    const held = heldPolicies('u1', [], [
      {
        id: 'g',
        name: 'Developers',
        members: [{ user_id: 'u1' }],
        policies: [
          {
            id: 'p',
            policy_name: 'DenyOutsideKrWest1',
            default_version_id: 'v',
            policy_versions: [
              {
                id: 'v',
                policy_document: {
                  Version: '2024-07-01',
                  Statement: [
                    {
                      Sid: 'DenyOtherRegions',
                      Effect: 'Deny',
                      Action: ['*'],
                      Condition: { StringNotEquals: { 'scp:RequestedRegion': ['kr-west1'] } },
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    ] as never);
    expect(held.map((h) => h.viaGroups)).toEqual([['Developers']]);
    const r = simulate(held, { action: 'iam:ListGroups', level: '', resource: '*', region: 'kr-east1' });
    expect(r.decision).toBe('EXPLICIT_DENY');
    expect(r.decidedBy?.statement.Sid).toBe('DenyOtherRegions');
    expect(
      simulate(held, { action: 'iam:ListGroups', level: '', resource: '*', region: 'kr-west1' }).decision,
    ).toBe('IMPLICIT_DENY');
  });
});
