import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { SubmitButton, TextField } from '@/components/form';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { EmailTemplate, SetupItem } from '../../wire';
import { emailTemplatesQuery, setupQuery } from '../queries';
import { useContentText } from '../content-text';
import { TemplateEditor } from './template-editor';

const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i;

/** A short fingerprint of the saved text, so the editor starts over when the saved version changes. */
const fingerprint = (s: string) => {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
};

/** SS10 and SS27: the instance's email templates; the type and language are in the URL (`?type=1&lang=fr`). */
export function EmailTemplatesTab({ instanceId }: { instanceId: number }) {
  const { id } = useCurrentConnection();
  const templates = useQuery(emailTemplatesQuery(id, instanceId));
  const setup = useQuery(setupQuery(id));
  return (
    <QueryBoundary query={templates}>
      {(emails) => <Templates instanceId={instanceId} emails={emails} types={setup.data?.emails ?? []} />}
    </QueryBoundary>
  );
}

function Templates(props: {
  instanceId: number;
  emails: readonly EmailTemplate[];
  types: readonly SetupItem[];
}) {
  const t = useContentText();
  const [params, setParams] = useSearchParams();
  const typeSelectId = useId();
  const langSelectId = useId();
  const typeIds = [
    ...new Set([...props.types.map((ty) => Number(ty.id)), ...props.emails.map((e) => e.emailTypeId)]),
  ].sort((a, b) => a - b);
  const wantedType = Number(params.get('type'));
  const typeId = typeIds.includes(wantedType)
    ? wantedType
    : (props.emails[0]?.emailTypeId ?? typeIds[0] ?? 1);
  const template = props.emails.find((e) => e.emailTypeId === typeId);
  const languages = template?.languages.map((l) => l.langCode) ?? [];
  const wantedLang = params.get('lang') ?? '';
  const lang = LANG_CODE.test(wantedLang) ? wantedLang : (languages[0] ?? 'en-us');
  const allLangs = languages.includes(lang) ? languages : [...languages, lang];
  const saved = template?.languages.find((l) => l.langCode === lang);
  const nameOf = (tid: number) => props.types.find((ty) => Number(ty.id) === tid)?.name ?? t.emailType(tid);
  const select = (next: { type?: number; lang?: string }) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      q.set('type', String(next.type ?? typeId));
      if (next.lang) q.set('lang', next.lang);
      else q.delete('lang');
      return q;
    });
  return (
    <div className="stack">
      <div className="row ss-picker">
        <div className="field">
          <label htmlFor={typeSelectId}>{t.emailTypeLabel}</label>
          <select
            id={typeSelectId}
            value={String(typeId)}
            onChange={(e) => select({ type: Number(e.target.value) })}
          >
            {typeIds.map((tid) => {
              const n = props.emails.find((e) => e.emailTypeId === tid)?.languages.length ?? 0;
              return (
                <option key={tid} value={String(tid)}>
                  {`${nameOf(tid)} (${String(tid)}) · ${n === 0 ? t.noTemplate : t.translations(n)}`}
                </option>
              );
            })}
          </select>
        </div>
        <div className="field">
          <label htmlFor={langSelectId}>{t.language}</label>
          <select id={langSelectId} value={lang} onChange={(e) => select({ lang: e.target.value })}>
            {allLangs.map((l) => (
              <option key={l} value={l}>
                {languages.includes(l) ? l : `${l} (${t.unsavedTranslation})`}
              </option>
            ))}
          </select>
        </div>
        <AddTranslation existing={allLangs} onAdd={(l) => select({ lang: l })} />
      </div>
      <TemplateEditor
        key={`${String(typeId)}/${lang}/${saved ? fingerprint(saved.replyTo + saved.subject + saved.body) : 'new'}`}
        instanceId={props.instanceId}
        typeId={typeId}
        typeName={nameOf(typeId)}
        lang={lang}
        saved={saved && { replyTo: saved.replyTo, subject: saved.subject, body: saved.body }}
      />
    </div>
  );
}

/** A new language for the template: the code goes into the URL and the editor starts empty. */
function AddTranslation({ existing, onAdd }: { existing: readonly string[]; onAdd: (lang: string) => void }) {
  const t = useContentText();
  const schema = z.object({
    lang: z
      .string()
      .trim()
      .toLowerCase()
      .regex(LANG_CODE, t.langCodeInvalid)
      .refine((l) => !existing.includes(l), t.langExists),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { lang: '' },
  });
  return (
    <form
      className="row ss-add-lang"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          form.reset({ lang: '' });
          onAdd(v.lang);
        })(e)
      }
    >
      <TextField
        control={form.control}
        name="lang"
        label={t.newLanguage}
        placeholder="de-de"
        spellCheck={false}
      />
      <SubmitButton control={form.control}>{t.addTranslation}</SubmitButton>
    </form>
  );
}
