import type { z } from 'zod';
import {
  ListSamlProviderRemoveRequest,
  ListSamlProviderResponse,
  SamlProviderCreateFields,
  SamlProviderCreateResponse,
  SamlProviderDetailResponse,
  SamlProviderUpdateFields,
} from '../../wire/saml-providers';
import { badRequest } from '../errors';
import { newId } from '../ids';
import type { SamlRec } from '../records';
import { listQuery, paginate, readJson, textFilter, zodDetail } from '../request';
import { noContent, send, type Deps, type RouteSpec, type ScpContext } from '../routing';
import { MAX_METADATA_BYTES, parseSamlMetadata, parseTagsText } from '../saml-metadata';
import { samlDetail, samlListItem } from '../views/saml-providers';
import { viewContext } from '../views/view-context';
import { mustAll, mustGet, newStamps, param, touched } from './shared';

const target = { type: 'saml-provider', param: 'saml_provider_id' };

type FormInput<S extends z.ZodType> = {
  fields: z.output<S>;
  file: { name: string; size: number; text: string } | undefined;
};

/** The multipart form of create and update: text parts through the wire schema, the metadata file parsed. */
async function readForm<S extends z.ZodType>(c: ScpContext, schema: S): Promise<FormInput<S>> {
  if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? ''))
    throw badRequest('This operation takes multipart/form-data.', 'UNSUPPORTED_MEDIA_TYPE');
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw badRequest('The multipart body cannot be read.', 'MALFORMED_BODY');
  }
  const text: Record<string, string> = {};
  let file: File | undefined;
  for (const [k, v] of Object.entries(form)) {
    const one = Array.isArray(v) ? v[0] : v;
    if (k === 'file' && one instanceof File) file = one;
    else if (typeof one === 'string') text[k] = one;
  }
  const parsed = schema.safeParse(text);
  if (!parsed.success) throw badRequest(zodDetail(parsed.error), 'VALIDATION_ERROR');
  if (!file) return { fields: parsed.data, file: undefined };
  if (file.size > MAX_METADATA_BYTES)
    throw badRequest('The metadata file is larger than 1 MB.', 'FILE_TOO_LARGE');
  return {
    fields: parsed.data,
    file: { name: file.name || 'metadata.xml', size: file.size, text: await file.text() },
  };
}

function metadataFields(file: FormInput<z.ZodType>['file']) {
  if (!file) return {};
  const meta = parseSamlMetadata(file.text);
  return {
    file_name: file.name,
    file_size: file.size,
    file_data: file.text,
    issuer: meta.issuer,
    sso_url: meta.ssoUrl,
    cert_end: meta.certEnd,
  };
}

function assertUniqueName(deps: Deps, name: string, selfId?: string): void {
  if (deps.store.saml.list((s) => s.id !== selfId && s.saml_provider_name === name).length)
    throw badRequest(`A SAML provider named "${name}" already exists.`, 'DUPLICATE_NAME');
}

async function create(c: ScpContext, deps: Deps) {
  const { fields, file } = await readForm(c, SamlProviderCreateFields);
  if (fields.federation_type !== 'SAML')
    throw badRequest('federation_type must be SAML.', 'INVALID_FEDERATION_TYPE');
  assertUniqueName(deps, fields.saml_provider_name);
  const rec: SamlRec = {
    id: newId(),
    saml_provider_name: fields.saml_provider_name,
    federation_type: fields.federation_type,
    description: fields.description ?? null,
    tags: parseTagsText(fields.tags),
    file_name: null,
    file_size: null,
    file_data: null,
    issuer: null,
    sso_url: null,
    cert_end: null,
    ...metadataFields(file),
    ...newStamps(c, deps),
  };
  deps.store.saml.put(rec.id, rec);
  return send(c, SamlProviderCreateResponse, samlDetail(viewContext(deps), rec), 201);
}

async function update(c: ScpContext, deps: Deps) {
  const rec = mustGet(deps.store.saml, param(c, 'saml_provider_id'), 'SAML provider');
  const { fields, file } = await readForm(c, SamlProviderUpdateFields);
  if (fields.saml_provider_name) assertUniqueName(deps, fields.saml_provider_name, rec.id);
  const next = touched(c, deps, {
    ...rec,
    saml_provider_name: fields.saml_provider_name ?? rec.saml_provider_name,
    description: fields.description ?? rec.description,
    tags: fields.tags === undefined || fields.tags === null ? rec.tags : parseTagsText(fields.tags),
    ...metadataFields(file),
  });
  deps.store.saml.put(rec.id, next);
  return send(c, SamlProviderDetailResponse, samlDetail(viewContext(deps), next));
}

function list(c: ScpContext, deps: Deps) {
  const q = listQuery(c, ['created_at', 'modified_at', 'saml_provider_name']);
  const type = textFilter(c, 'federation_type');
  const name = textFilter(c, 'saml_provider_name');
  const matches = deps.store.saml.list(
    (s) => (!type || type(s.federation_type)) && (!name || name(s.saml_provider_name)),
  );
  const { items, ...page } = paginate(matches, q, (s, f) =>
    f === 'saml_provider_name'
      ? s.saml_provider_name.toLowerCase()
      : f === 'modified_at'
        ? s.modified_at
        : s.created_at,
  );
  const v = viewContext(deps);
  return send(c, ListSamlProviderResponse, { ...page, saml_providers: items.map((s) => samlListItem(v, s)) });
}

export const samlProviderRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/saml-providers',
    action: 'iam:ListSamlProviders',
    level: 'LIST',
    handler: list,
  },
  {
    method: 'POST',
    path: '/v1/saml-providers',
    action: 'iam:CreateSamlProvider',
    level: 'CREATE',
    handler: create,
  },
  {
    method: 'DELETE',
    path: '/v1/saml-providers/bulk',
    action: 'iam:DeleteSamlProviders',
    level: 'PERMISSION',
    handler: async (c, d) => {
      const { ids } = await readJson(c, ListSamlProviderRemoveRequest);
      const recs = mustAll(d.store.saml, ids, 'SAML provider');
      d.store.transaction(() => {
        for (const s of recs) d.store.saml.delete(s.id);
      });
      return noContent(c);
    },
  },
  {
    method: 'GET',
    path: '/v1/saml-providers/:saml_provider_id',
    action: 'iam:ShowSamlProvider',
    level: 'READ',
    target,
    handler: (c, d) =>
      send(
        c,
        SamlProviderDetailResponse,
        samlDetail(viewContext(d), mustGet(d.store.saml, param(c, 'saml_provider_id'), 'SAML provider')),
      ),
  },
  {
    method: 'PUT',
    path: '/v1/saml-providers/:saml_provider_id',
    action: 'iam:SetSamlProvider',
    level: 'UPDATE',
    target,
    handler: update,
  },
];
