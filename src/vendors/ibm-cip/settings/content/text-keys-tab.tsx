import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import { TEXT_KEY_TYPES } from '../../wire';
import { useContentText } from '../content-text';
import { describeSsError } from '../form-errors';
import { useUpdateTextKeys } from '../mutations';
import { setupQuery, textKeysQuery } from '../queries';
import { errorWords, useSettingsText } from '../settings-text';
import { useUnsavedChanges } from '../unsaved-guard';
import { flattenTextKeys, matchesSearch, textKeyUpdate, type TextKeyRow } from './text-key-rows';

/** SS12 and SS32: the texts of the Self Service screens. Application, language and search are in the URL. */
export function TextKeysTab({ instanceId }: { instanceId: number }) {
  const t = useContentText();
  const { id } = useCurrentConnection();
  const [params, setParams] = useSearchParams();
  const setup = useQuery(setupQuery(id));
  const appTypes = setup.data?.applicationMap.map((a) => a.appType) ?? ['pma'];
  const appType = appTypes.includes(params.get('app') ?? '')
    ? (params.get('app') ?? 'pma')
    : (appTypes[0] ?? 'pma');
  const lang = params.get('lang') ?? '';
  const search = params.get('q') ?? '';
  const all = useQuery(textKeysQuery(id, instanceId, appType, ''));
  const query = useQuery(textKeysQuery(id, instanceId, appType, lang));
  const languages = (all.data ?? []).flatMap((l) => Object.keys(l));
  const appId = useId();
  const langId = useId();
  const searchId = useId();
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const q = new URLSearchParams(p);
        if (value) q.set(key, value);
        else q.delete(key);
        return q;
      },
      { replace: key === 'q' },
    );
  return (
    <div className="stack">
      <p className="muted ss-help">{t.textKeysNote}</p>
      <div className="row ss-picker">
        <div className="field">
          <label htmlFor={appId}>{t.appType}</label>
          <select id={appId} value={appType} onChange={(e) => set('app', e.target.value)}>
            {appTypes.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={langId}>{t.language}</label>
          <select id={langId} value={lang} onChange={(e) => set('lang', e.target.value)}>
            <option value="">{t.allLanguages}</option>
            {languages.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>{t.searchKeys}</label>
          <input id={searchId} type="search" value={search} onChange={(e) => set('q', e.target.value)} />
        </div>
      </div>
      <QueryBoundary query={query}>
        {(data) => <TextKeysTable instanceId={instanceId} rows={flattenTextKeys(data)} search={search} />}
      </QueryBoundary>
      <AddTextKey instanceId={instanceId} languages={languages} />
    </div>
  );
}

function TextKeysTable(props: { instanceId: number; rows: readonly TextKeyRow[]; search: string }) {
  const t = useContentText();
  const [editing, setEditing] = useState<string>();
  const shown = props.rows.filter((r) => matchesSearch(r, props.search));
  const rowId = (r: TextKeyRow) => `${r.lang}/${r.keyType}/${r.key}`;
  if (shown.length === 0) return <EmptyState title={t.noTextKeys}>{t.noTextKeysBody}</EmptyState>;
  return (
    <div className="stack">
      <p className="muted" role="status">
        {t.keyCount(shown.length, props.rows.length)}
      </p>
      <div className="ss-scroll">
        <table className="cip-table">
          <caption className="visually-hidden">{t.keyCount(shown.length, props.rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.language}</th>
              <th scope="col">{t.keyType}</th>
              <th scope="col">{t.key}</th>
              <th scope="col">{t.text}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={rowId(r)}>
                <td>{r.lang}</td>
                <td className="mono">{r.keyType}</td>
                <th scope="row" className="mono">
                  {r.key}
                </th>
                {editing === rowId(r) ? (
                  <EditCells instanceId={props.instanceId} row={r} onDone={() => setEditing(undefined)} />
                ) : (
                  <>
                    <td>{r.value}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-ghost"
                        aria-label={t.editKey(r.key)}
                        onClick={() => setEditing(rowId(r))}
                      >
                        {t.edit}
                      </button>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The text of one key being edited in place; a failed save keeps what was typed and says why. */
function EditCells({ instanceId, row, onDone }: { instanceId: number; row: TextKeyRow; onDone: () => void }) {
  const t = useContentText();
  const st = useSettingsText();
  const [value, setValue] = useState(row.value);
  const [error, setError] = useState('');
  const errorId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Focus moves into the row being edited, so keyboard users continue where they pressed Edit.
  useEffect(() => inputRef.current?.focus(), []);
  useUnsavedChanges(value !== row.value);
  const save = useUpdateTextKeys({
    onSuccess: onDone,
    onError: (err) => setError(describeSsError(err, errorWords(st))),
  });
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    setError('');
    save.mutate(textKeyUpdate(instanceId, { ...row, value }));
  };
  const formId = `${errorId}-form`;
  return (
    <>
      <td>
        <form id={formId} onSubmit={submit} noValidate>
          <input
            aria-label={t.textFor(row.key, row.lang)}
            value={value}
            ref={inputRef}
            aria-invalid={error !== '' || undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') onDone();
            }}
          />
        </form>
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="row">
        <button type="submit" form={formId} className="btn btn-primary" disabled={save.isPending}>
          {t.save}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t.cancel}
        </button>
      </td>
    </>
  );
}

/** A key the language does not have yet (SS32 adds keys as well as changing them). */
function AddTextKey({ instanceId, languages }: { instanceId: number; languages: readonly string[] }) {
  const t = useContentText();
  const st = useSettingsText();
  const [row, setRow] = useState<TextKeyRow>({
    lang: languages[0] ?? 'en-us',
    keyType: 'buttonKeys',
    key: '',
    value: '',
  });
  const [error, setError] = useState('');
  const ids = { lang: useId(), type: useId(), key: useId(), value: useId(), error: useId() };
  useUnsavedChanges(row.key !== '' || row.value !== '');
  const save = useUpdateTextKeys({
    onSuccess: () => setRow((r) => ({ ...r, key: '', value: '' })),
    onError: (err) => setError(describeSsError(err, errorWords(st))),
  });
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (row.key.trim() === '') {
      setError(t.keyRequired);
      return;
    }
    setError('');
    save.mutate(textKeyUpdate(instanceId, { ...row, key: row.key.trim() }));
  };
  const langs = languages.length > 0 ? languages : ['en-us'];
  return (
    <form className="stack ss-card" aria-labelledby={`${ids.key}-title`} onSubmit={submit} noValidate>
      <h2 id={`${ids.key}-title`} className="cip-h2">
        {t.addKey}
      </h2>
      <div className="cip-grid">
        <div className="field">
          <label htmlFor={ids.lang}>{t.language}</label>
          <select id={ids.lang} value={row.lang} onChange={(e) => setRow({ ...row, lang: e.target.value })}>
            {langs.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.type}>{t.keyType}</label>
          <select
            id={ids.type}
            value={row.keyType}
            onChange={(e) => setRow({ ...row, keyType: e.target.value })}
          >
            {TEXT_KEY_TYPES.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.key}>{t.key}</label>
          <input
            id={ids.key}
            value={row.key}
            spellCheck={false}
            aria-invalid={error !== '' || undefined}
            aria-describedby={error ? ids.error : undefined}
            onChange={(e) => setRow({ ...row, key: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.value}>{t.text}</label>
          <input
            id={ids.value}
            value={row.value}
            onChange={(e) => setRow({ ...row, value: e.target.value })}
          />
        </div>
      </div>
      {error && (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t.addKey}
        </button>
      </div>
    </form>
  );
}
