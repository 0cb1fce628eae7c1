import type { ScpEmulator } from '../index';
import type { Requester } from '../testing/signed-client';
import { EXAMPLE_SRN_B64, metadataXml, type Fixtures } from './fixtures';

export type SeedExample = {
  section: string;
  title: string;
  method: string;
  path: string;
  codes: number[];
  request: unknown;
  status: number;
  response: unknown;
};

export type Prepared = {
  path: string;
  body?: unknown;
  raw?: FormData;
};

type Ctx = {
  emu: ScpEmulator;
  send: Requester;
  fx: Fixtures;
};

/** Ids the seed's examples use, and the fixture each one stands for. */
function exampleIds(ctx: Ctx): Record<string, string> {
  const { fx } = ctx;
  return {
    '37f2e31ff86b415698d7e8eeafab445d': fx.spare.id,
    f39c460fade34fecb05ede8f904b24b7: fx.user2.id,
    a946662dc4314dac93da413a32457459: fx.group.id,
    c1b1fc611eb34eccbccfb563f77395ee: fx.policy.default_version_id,
    '92d6eid9e9ae4f868s842910k11573a3': fx.key.id,
  };
}

function replaceIds(value: unknown, ids: Record<string, string>): unknown {
  let text = JSON.stringify(value);
  for (const [from, to] of Object.entries(ids)) text = text.split(from).join(to);
  return JSON.parse(text) as unknown;
}

function pathParams(ctx: Ctx): Record<string, string> {
  const { fx, emu } = ctx;
  return {
    account_id: emu.accountId,
    user_id: fx.user.id,
    group_id: fx.group.id,
    policy_id: fx.policy.id,
    role_id: fx.role.id,
    access_key_id: fx.key.id,
    saml_provider_id: fx.saml.id,
    service_account_id: fx.serviceAccountId,
    srn: EXAMPLE_SRN_B64,
    sid: 'Statement1',
  };
}

type Adapter = (
  ctx: Ctx,
  body: Record<string, unknown>,
) =>
  | Promise<{ params?: Record<string, string>; body?: unknown; raw?: FormData }>
  | { params?: Record<string, string>; body?: unknown; raw?: FormData };

function samlForm(parts: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(parts)) {
    if (k === 'file')
      form.set('file', new Blob([metadataXml()], { type: 'application/xml' }), 'keycloak-idp-saml.xml');
    else form.set(k, v);
  }
  return form;
}

/**
 * What each operation needs beyond the seed's example: real ids for its path, and values where the example
 * has a placeholder ("" for a password, an integer or a boolean) or an empty body.
 */
const ADAPTERS: Partial<Record<string, Adapter>> = {
  '1.1': async ({ send }) => {
    await send('DELETE', `/v1/resource-policies/${EXAMPLE_SRN_B64}`);
    return {};
  },
  '1.4': ({ fx }) => ({ body: { policy_ids: [fx.spare.id] } }),
  '1.5': ({ fx }) => ({ body: { policy_ids: [fx.spare.id] } }),
  '1.8': (_ctx, body) => ({ raw: samlForm((body as { multipart: Record<string, string> }).multipart) }),
  '1.9': ({ emu }, body) => ({ body: { ...body, account_id: emu.accountId } }),
  '1.10': ({ fx }, body) => ({
    body: {
      ...body,
      user_name: 'conformance.user',
      password: 'Conform-Pass-1',
      temporary_password: false,
      description: 'd',
      group_ids: [fx.group.id],
      policy_ids: [fx.spare.id],
      tags: [{ key: 'k', value: 'v' }],
    },
  }),
  '1.11': (_ctx, body) => ({ body: { ...body, name: 'conformance-role' } }),
  '1.12': ({ fx }) => ({ body: { account_id: '', role_ids: [fx.role.id], role_names: [fx.role.name] } }),
  '1.13': ({ fx }) => ({ params: { user_id: fx.user2.id } }),
  '1.14': ({ fx }) => ({ body: { user_ids: [fx.user2.id] } }),
  '1.16': ({ fx }) => ({ params: { policy_id: fx.spare.id } }),
  '1.19': ({ fx }) => ({ body: { policy_ids: [fx.policy.id] } }),
  '1.45': ({ fx }) => ({ body: { ids: [fx.saml.id] } }),
  // Two newer keys, so that the page after the marker (the newest, sorted created_at:desc) is not empty.
  '1.47': async ({ send, fx }, body) => {
    await send('POST', '/v1/access-keys', { body: { access_key_type: 'PERMANENT' } });
    const newest = await send('POST', '/v1/access-keys', { body: { access_key_type: 'PERMANENT' } });
    return {
      body: {
        ...body,
        ids: [fx.key.id],
        marker: (newest.json as { access_key: { id: string } }).access_key.id,
      },
    };
  },
  '1.51': () => ({ body: { is_enabled: false } }),
  '1.60': (_ctx, body) => ({ body: { ...body, password_reuse_count: 3 } }),
  '1.61': (_ctx, body) => ({ body: { ...body, password: 'Another-Pass-2' } }),
  '1.62': (_ctx, body) => ({ raw: samlForm((body as { multipart: Record<string, string> }).multipart) }),
};

export async function prepare(
  example: SeedExample,
  emu: ScpEmulator,
  send: Requester,
  fx: Fixtures,
): Promise<Prepared> {
  const ctx = { emu, send, fx };
  const body =
    example.request === null ? {} : (replaceIds(example.request, exampleIds(ctx)) as Record<string, unknown>);
  const adapted = (await ADAPTERS[example.section]?.(ctx, body)) ?? {};
  const params = { ...pathParams(ctx), ...adapted.params };
  const path = example.path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? `{${name}}`);
  if (adapted.raw) return { path, raw: adapted.raw };
  const finalBody = adapted.body ?? (example.request === null ? undefined : body);
  return finalBody === undefined ? { path } : { path, body: finalBody };
}
