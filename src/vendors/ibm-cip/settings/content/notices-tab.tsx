import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { TextAreaField } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { useContentText } from '../content-text';
import { applySsErrors } from '../form-errors';
import { useAddNotice } from '../mutations';
import { noticesQuery, noticeTypesQuery } from '../queries';
import { SettingsForm } from '../settings-form';
import { errorWords, useSettingsText } from '../settings-text';

const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i;
/** Languages the demo tenant has notices in; any other code can be typed. */
const KNOWN_LANGS = ['en-us', 'de-de'];

/** SS16, SS17 and SS21: versioned notices per type and language (`?type=USER_CONSENT&lang=de-de`). */
export function NoticesTab() {
  const t = useContentText();
  const { id } = useCurrentConnection();
  const [params, setParams] = useSearchParams();
  const types = useQuery(noticeTypesQuery(id));
  const typeId = useId();
  const langId = useId();
  const listId = useId();
  const lang = LANG_CODE.test(params.get('lang') ?? '') ? (params.get('lang') ?? 'en-us') : 'en-us';
  const set = (key: string, value: string) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      q.set(key, value);
      return q;
    });
  return (
    <div className="stack">
      <p className="muted ss-help">{t.noticesNote}</p>
      <QueryBoundary query={types}>
        {(list) => {
          const type = list.find((ty) => ty === params.get('type')) ?? list[0] ?? 'USER_CONSENT';
          return (
            <>
              <div className="row ss-picker">
                <div className="field">
                  <label htmlFor={typeId}>{t.noticeType}</label>
                  <select id={typeId} value={type} onChange={(e) => set('type', e.target.value)}>
                    {list.map((ty) => (
                      <option key={ty}>{ty}</option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={langId}>{t.language}</label>
                  <input
                    id={langId}
                    list={listId}
                    defaultValue={lang}
                    spellCheck={false}
                    onBlur={(e) => {
                      if (LANG_CODE.test(e.target.value.trim()))
                        set('lang', e.target.value.trim().toLowerCase());
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                    }}
                  />
                  <datalist id={listId}>
                    {KNOWN_LANGS.map((l) => (
                      <option key={l} value={l} />
                    ))}
                  </datalist>
                </div>
              </div>
              <NoticeVersions key={`${type}/${lang}`} type={type} lang={lang} />
            </>
          );
        }}
      </QueryBoundary>
    </div>
  );
}

function NoticeVersions({ type, lang }: { type: string; lang: string }) {
  const t = useContentText();
  const { id } = useCurrentConnection();
  const query = useQuery(noticesQuery(id, type, lang));
  return (
    <div className="stack">
      <QueryBoundary query={query} isEmpty={(l) => l.length === 0} empty={<EmptyState title={t.noNotices} />}>
        {(versions) => (
          <ol className="ss-versions" aria-label={t.versions}>
            {versions.map((n, i) => (
              <li key={n.id} className="ss-card">
                <p className="ss-version-head">
                  <strong>{t.version(n.version)}</strong>
                  {i === 0 && <span className="ss-badge">{t.latest}</span>}
                  <span className="muted">
                    {t.created}:{' '}
                    <time dateTime={n.createTimestamp}>{new Date(n.createTimestamp).toLocaleString()}</time>
                  </span>
                </p>
                <p className="ss-notice-body">{n.body}</p>
              </li>
            ))}
          </ol>
        )}
      </QueryBoundary>
      <AddNoticeForm type={type} lang={lang} />
    </div>
  );
}

function AddNoticeForm({ type, lang }: { type: string; lang: string }) {
  const t = useContentText();
  const st = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({ body: z.string().trim().min(1, t.noticeBodyRequired) });
  const form = useForm<{ body: string }>({ resolver: zodResolver(schema), defaultValues: { body: '' } });
  const add = useAddNotice({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ['body'], errorWords(st))),
    onSuccess: () => form.reset({ body: '' }),
  });
  return (
    <SettingsForm
      form={form}
      title={t.newVersion}
      pending={add.isPending}
      serverErrors={serverErrors}
      submitLabel={t.publish}
      onValid={(v) => {
        setServerErrors([]);
        add.mutate({ type, langCode: lang, body: v.body });
      }}
    >
      <TextAreaField control={form.control} name="body" label={t.noticeBody} rows={4} required />
    </SettingsForm>
  );
}
