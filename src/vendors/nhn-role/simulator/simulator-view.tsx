import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import { PageHeader } from '@/components/states';
import { ScopePicker } from '../shared/scope-picker';
import { useRoleConn } from '../shared/use-role-conn';
import { attributesAllQuery, operationsAllQuery } from './api';
import type { ExplainInput } from './explain';
import { ExplanationView } from './explanation-view';
import { useSimulatorText } from './simulator-text';
import { useSimulation, useWhoCan } from './use-simulation';

type AttrRow = { key: number; attributeId: string; value: string };

/** One check against the real API, its explanation beside it, and "who can" for the same request. */
export function SimulatorView() {
  const t = useSimulatorText();
  const conn = useRoleConn();
  const id = useId();
  const operations = useQuery(operationsAllQuery(conn));
  const attributes = useQuery(attributesAllQuery(conn));
  const [userId, setUserId] = useState('');
  const [scopeId, setScopeId] = useState('ALL');
  const [by, setBy] = useState<'path' | 'id'>('path');
  const [resource, setResource] = useState('');
  const [operationId, setOperationId] = useState('');
  const [rows, setRows] = useState<AttrRow[]>([]);
  const [missing, setMissing] = useState(false);
  const simulation = useSimulation(conn);
  const whoCan = useWhoCan(conn);

  const item = (): ExplainInput['item'] => ({
    operationId,
    scopeId,
    ...(by === 'id' ? { resourceId: resource.trim() } : { resourcePath: resource.trim() }),
    attributes: rows
      .filter((r) => r.attributeId)
      .map((r) => ({ attributeId: r.attributeId, attributeValue: r.value })),
  });
  const ready = userId.trim() !== '' && resource.trim() !== '' && operationId !== '';
  const firstAttr = attributes.data?.[0]?.attributeId ?? '';

  return (
    <section className="page role-page" aria-labelledby={`${id}-title`}>
      <PageHeader title={t.title} titleId={`${id}-title`} description={t.description} />
      <form
        className="stack card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMissing(!ready);
          if (ready) simulation.mutate({ userId: userId.trim(), item: item() });
        }}
      >
        <div className="row role-toolbar">
          <div className="field">
            <label htmlFor={`${id}-user`}>{t.user}</label>
            <input
              id={`${id}-user`}
              value={userId}
              spellCheck={false}
              autoComplete="off"
              required
              onChange={(e) => setUserId(e.target.value)}
            />
          </div>
          <ScopePicker value={scopeId} onChange={setScopeId} />
          <div className="field">
            <label htmlFor={`${id}-op`}>{t.operation}</label>
            <select
              id={`${id}-op`}
              value={operationId}
              required
              onChange={(e) => setOperationId(e.target.value)}
            >
              <option value="">{t.chooseOperation}</option>
              {(operations.data ?? []).map((o) => (
                <option key={o.operationId} value={o.operationId}>
                  {o.operationId}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="row role-toolbar">
          <legend>{t.resourceBy}</legend>
          <label className="row">
            <input type="radio" name={`${id}-by`} checked={by === 'path'} onChange={() => setBy('path')} />
            {t.byPath}
          </label>
          <label className="row">
            <input type="radio" name={`${id}-by`} checked={by === 'id'} onChange={() => setBy('id')} />
            {t.byId}
          </label>
          <div className="field">
            <label htmlFor={`${id}-res`}>{by === 'path' ? t.path : t.resourceId}</label>
            <input
              id={`${id}-res`}
              value={resource}
              spellCheck={false}
              required
              aria-describedby={by === 'path' ? `${id}-res-help` : undefined}
              onChange={(e) => setResource(e.target.value)}
            />
            {by === 'path' && (
              <span id={`${id}-res-help`} className="field-help">
                {t.pathHelp}
              </span>
            )}
          </div>
        </fieldset>
        <fieldset className="stack">
          <legend>{t.attributes}</legend>
          {rows.map((r, i) => (
            <div key={r.key} className="row role-condition-row" role="group" aria-label={t.attributeN(i + 1)}>
              <div className="field">
                <label htmlFor={`${id}-a${r.key}`}>{t.attribute}</label>
                <select
                  id={`${id}-a${r.key}`}
                  value={r.attributeId}
                  onChange={(e) =>
                    setRows(rows.map((x) => (x.key === r.key ? { ...x, attributeId: e.target.value } : x)))
                  }
                >
                  {(attributes.data ?? []).map((a) => (
                    <option key={a.attributeId} value={a.attributeId}>
                      {a.attributeId} ({a.attributeDataTypeCode})
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-v${r.key}`}>{t.value}</label>
                <input
                  id={`${id}-v${r.key}`}
                  value={r.value}
                  spellCheck={false}
                  onChange={(e) =>
                    setRows(rows.map((x) => (x.key === r.key ? { ...x, value: e.target.value } : x)))
                  }
                />
              </div>
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
              >
                {t.removeAttribute(i + 1)}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="btn"
              disabled={!firstAttr}
              onClick={() =>
                setRows([...rows, { key: Date.now() + rows.length, attributeId: firstAttr, value: '' }])
              }
            >
              {t.addAttribute}
            </button>
          </div>
        </fieldset>
        {missing && (
          <p className="field-error" role="alert">
            {t.fieldRequired}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={simulation.isPending}>
            {simulation.isPending ? t.checking : t.check}
          </button>
          <button
            type="button"
            className="btn"
            disabled={whoCan.isPending}
            onClick={() => {
              const ok = resource.trim() !== '' && operationId !== '';
              setMissing(!ok);
              if (ok) whoCan.mutate(item());
            }}
          >
            {t.whoCan}
          </button>
        </div>
      </form>
      {simulation.isError && (
        <p className="field-error" role="alert">
          {describeError(simulation.error)}
        </p>
      )}
      {simulation.data && (
        <ExplanationView
          operationId={operationId}
          answer={simulation.data.answer}
          explanation={simulation.data.explanation}
        />
      )}
      <section className="card stack" aria-labelledby={`${id}-who`}>
        <h2 id={`${id}-who`}>{t.whoCanTitle}</h2>
        <p className="field-help">{t.whoCanHelp}</p>
        {whoCan.isError && (
          <p className="field-error" role="alert">
            {describeError(whoCan.error)}
          </p>
        )}
        {whoCan.data && (
          <>
            <p aria-live="polite">{t.whoCanCount(whoCan.data.allowed.length, whoCan.data.total)}</p>
            {whoCan.data.allowed.length === 0 ? (
              <p className="muted">{t.whoCanEmpty}</p>
            ) : (
              <ul className="role-list" aria-label={t.whoCanTitle}>
                {whoCan.data.allowed.map((u) => (
                  <li key={u} className="mono">
                    {u}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
    </section>
  );
}
