import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import { useContentText } from '../content-text';
import { setupQuery, textKeysQuery } from '../queries';
import { useSettingsText } from '../settings-text';
import { AddTextKeyForm, EditTextKeyCells } from './text-key-forms';
import { flattenTextKeys, matchesSearch, type TextKeyRow } from './text-key-rows';

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
      <AddTextKeyForm instanceId={instanceId} languages={languages} />
    </div>
  );
}

function TextKeysTable(props: { instanceId: number; rows: readonly TextKeyRow[]; search: string }) {
  const t = useContentText();
  const st = useSettingsText();
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
          <caption className="visually-hidden">{st.tabTextKeys}</caption>
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
                  <EditTextKeyCells
                    instanceId={props.instanceId}
                    row={r}
                    onDone={() => setEditing(undefined)}
                  />
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
