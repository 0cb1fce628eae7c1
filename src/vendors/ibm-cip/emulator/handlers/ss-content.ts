import {
  AppTextKeysResponseSchema,
  AttributeElementsResponseSchema,
  AutocompleteRequestSchema,
  AutocompleteResponseSchema,
  EmailTemplatesResponseSchema,
  UpdateAppTextKeysRequestSchema,
  UpdateAttributeElementsRequestSchema,
  UpdateEmailTemplateRequestSchema,
  type EmailTemplate,
  type LanguageTextKeys,
} from '../../wire';
import { fail } from '../errors';
import { jsonBody } from '../json-body';
import { readInput, required } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { instanceFromQuery, instanceOf, saveInstance } from '../selfservice/instances';
import { userEntry } from '../users/records';
import type { Routes } from './route';

const AUTOCOMPLETE_LIMIT = 25;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export const ssContentRoutes: Routes = (app, ctx) => {
  app.get('/ss/getEmailTemplate', async (c) => {
    const inst = instanceFromQuery(ctx, await readInput(c));
    return send(c, EmailTemplatesResponseSchema, { status: SUCCESS, emails: inst.emailTemplates });
  });

  app.post('/ss/updateEmailTemplate', async (c) => {
    const body = jsonBody(await readInput(c), UpdateEmailTemplateRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    const templates: EmailTemplate[] = structuredClone(inst.emailTemplates);
    for (const update of body.updatedData) {
      // The update names it emailTypeID, the listing emailTypeId; either is read.
      const typeId = update.emailTypeID ?? update.emailTypeId;
      if (typeId === undefined) throw fail.missing('emailTypeID');
      let template = templates.find((t) => t.emailTypeId === typeId);
      if (!template) templates.push((template = { emailTypeId: typeId, languages: [] }));
      for (const lang of update.languages) {
        const rest = template.languages.filter((l) => l.langCode !== lang.langCode);
        template.languages = [...rest, lang];
      }
    }
    saveInstance(ctx, { ...inst, emailTemplates: templates.sort((a, b) => a.emailTypeId - b.emailTypeId) });
    return okWrapped(c);
  });

  // Text keys are kept per instance and language; appType is required but does not partition them (CIP-UNDOC).
  app.get('/ss/getAppTextKeys', async (c) => {
    const input = await readInput(c);
    const inst = instanceFromQuery(ctx, input);
    required(input, 'appType');
    const lang = input.get('langCode')?.toLowerCase();
    const languages = Object.entries(inst.textKeys)
      .filter(([l]) => lang === undefined || l === lang)
      .map(([l, keys]) => ({ [l]: keys }));
    return send(c, AppTextKeysResponseSchema, { status: SUCCESS, languages });
  });

  app.post('/ss/updateAppTextKeys', async (c) => {
    const body = jsonBody(await readInput(c), UpdateAppTextKeysRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    const textKeys = structuredClone(inst.textKeys);
    for (const [rawLang, update] of Object.entries(body.updatedKeys)) {
      const lang = rawLang.toLowerCase();
      const current: LanguageTextKeys = textKeys[lang] ?? { attributeTextKeys: {}, textKeys: {} };
      for (const [type, keys] of Object.entries(update.textKeys)) {
        if (type === 'attributeTextKeys')
          current.attributeTextKeys = { ...current.attributeTextKeys, ...keys };
        else current.textKeys[type] = { ...current.textKeys[type], ...keys };
      }
      textKeys[lang] = current;
    }
    saveInstance(ctx, { ...inst, textKeys });
    return okWrapped(c);
  });

  app.get('/ss/getAttributeElements', async (c) => {
    const input = await readInput(c);
    const inst = instanceFromQuery(ctx, input);
    const elements = inst.attributeElements[input.get('appType') ?? 'pma'] ?? {
      ldapAttributes: [],
      userIdv: false,
      formSections: [],
    };
    return send(c, AttributeElementsResponseSchema, { status: SUCCESS, ...elements });
  });

  app.post('/ss/updateAttributeElements', async (c) => {
    const body = jsonBody(await readInput(c), UpdateAttributeElementsRequestSchema);
    const inst = instanceOf(ctx, body.instanceId);
    const sections = body.data.formSections;
    const mapped = sections
      .flatMap((s) => (s.items ?? []).map((i) => i.mapping ?? i.fieldName ?? ''))
      .filter(Boolean);
    const userIdv = sections.some((s) =>
      (s.items ?? []).some((i) => String((i.idv as { use?: unknown } | undefined)?.use) === 'true'),
    );
    const attributeElements = {
      ...inst.attributeElements,
      [body.appType]: { ldapAttributes: [...new Set(mapped)], userIdv, formSections: sections },
    };
    saveInstance(ctx, { ...inst, attributeElements });
    return okWrapped(c);
  });

  // Rows are row-major, one per match; the seed's example reads column-major but is ambiguous (CIP-UNDOC).
  app.post('/ss/autocomplete', async (c) => {
    const { type, searchString } = jsonBody(await readInput(c), AutocompleteRequestSchema);
    const needle = searchString.toLowerCase();
    if (type === 'service') {
      const rows = ctx.store.services
        .list((s) => s.name.toLowerCase().includes(needle))
        .slice(0, AUTOCOMPLETE_LIMIT)
        .map((s) => [s.name, s.attrs.gtwayOwner ?? '']);
      return send(c, AutocompleteResponseSchema, { status: SUCCESS, columns: ['Name', 'Owner'], rows });
    }
    const rows = ctx.store.users
      .list()
      .map((u) => userEntry(u, true))
      .filter((e) =>
        ['uid', 'givenName', 'sn', 'mail', 'cn'].some((k) => first(e[k]).toLowerCase().includes(needle)),
      )
      .slice(0, AUTOCOMPLETE_LIMIT)
      .map((e) => [first(e.gtwayUUID), first(e.givenName), first(e.sn), first(e.mail), first(e.uid)]);
    return send(c, AutocompleteResponseSchema, {
      status: SUCCESS,
      columns: ['ID', 'First Name', 'Last Name', 'Email', 'User'],
      rows,
    });
  });
};
