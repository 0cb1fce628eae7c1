import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { CodeEditor, hasErrors, MarkerList, type EditorMarker } from '@/components/code-editor';
import { ErrorPanel } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { checkDocument, POLICY_TEMPLATES } from '../policy/document-check';
import { POLICY_JSON_SCHEMA } from '../policy/policy-schema';
import { useCreatePolicy, useUpdatePolicy } from '../queries/policies';
import { nameField } from '../shared/name-rules';
import { GS2_LIMITS, type SecurityPolicy } from '../wire';
import { PolicyReview } from './policy-review';
import { usePolicyText } from './policy-text';
import { usePolicyDraft } from './use-policy-draft';

const EMPTY_DOCUMENT = POLICY_TEMPLATES[0].text;

/**
 * The policy editor: a JSON editor with GS2's schema, templates, a size meter and a review of the diff
 * before saving. Every change is kept as a draft until the save succeeds.
 */
export function PolicyForm({ saved }: { saved?: SecurityPolicy }) {
  const t = useGs2Text();
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const draft = usePolicyDraft(id, saved?.name);
  const restored = draft.initial;
  const [name, setName] = useState(restored?.name ?? '');
  const [description, setDescription] = useState(restored?.description ?? saved?.description ?? '');
  const [text, setText] = useState(restored?.policy ?? saved?.policy ?? EMPTY_DOCUMENT);
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const [reviewing, setReviewing] = useState(false);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const [template, setTemplate] = useState('');
  const ids = { name: useId(), description: useId(), template: useId(), meter: useId() };

  const check = useMemo(() => checkDocument(text), [text]);
  const nameCheck = saved ? null : nameField(t, 'policy').safeParse(name);
  const nameError = nameCheck && !nameCheck.success ? nameCheck.error.issues[0]?.message : undefined;
  const stale =
    saved !== undefined &&
    restored?.baseUpdatedAt !== undefined &&
    restored.baseUpdatedAt !== saved.updatedAt;
  const blocked =
    check.error !== undefined || check.tooLarge || hasErrors(markers) || nameError !== undefined;

  const remember = (next: { name?: string; description?: string; policy?: string }) =>
    draft.save({
      name: next.name ?? name,
      description: next.description ?? description,
      policy: next.policy ?? text,
      ...(saved ? { baseUpdatedAt: saved.updatedAt } : {}),
    });
  const onSaved = (policy: SecurityPolicy) => {
    draft.clear();
    setReviewing(false);
    if (!saved) void navigate(href(`policies/custom/${encodeURIComponent(policy.name)}`));
  };
  // Errors stay on the page with the draft intact.
  const create = useCreatePolicy({ onSuccess: onSaved, onError: () => undefined });
  const update = useUpdatePolicy({ onSuccess: onSaved, onError: () => undefined });
  const mutation = saved ? update : create;
  const setPolicy = (v: string) => {
    setText(v);
    remember({ policy: v });
  };

  if (reviewing)
    return (
      <PolicyReview
        before={saved?.policy ?? ''}
        after={text}
        descriptionBefore={saved?.description ?? ''}
        descriptionAfter={description}
        pending={mutation.isPending}
        error={mutation.error}
        onBack={() => {
          mutation.reset();
          setReviewing(false);
        }}
        onSave={() => mutation.mutate({ name: saved?.name ?? name, description, policy: text })}
      />
    );

  return (
    <div className="stack gs2-policy-editor">
      {showRestored && (
        <div className="card row" role="status">
          <span>{p.draftRestored}</span>
          {stale && <strong>{p.draftStale}</strong>}
          <button
            type="button"
            className="btn"
            onClick={() => {
              draft.clear();
              setShowRestored(false);
              setName('');
              setDescription(saved?.description ?? '');
              setText(saved?.policy ?? EMPTY_DOCUMENT);
            }}
          >
            {p.discardDraft}
          </button>
        </div>
      )}
      {!saved && (
        <div className="field">
          <label htmlFor={ids.name}>{t.name}</label>
          <input
            id={ids.name}
            value={name}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={name !== '' && nameError !== undefined}
            aria-describedby={`${ids.name}-help`}
            onChange={(e) => {
              setName(e.target.value);
              remember({ name: e.target.value });
            }}
          />
          <span id={`${ids.name}-help`} className={name !== '' && nameError ? 'field-error' : 'field-help'}>
            {name !== '' && nameError ? nameError : t.nameHelp}
          </span>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.description}>{t.description}</label>
        <textarea
          id={ids.description}
          rows={2}
          value={description}
          maxLength={GS2_LIMITS.description}
          onChange={(e) => {
            setDescription(e.target.value);
            remember({ description: e.target.value });
          }}
        />
      </div>
      <div className="row gs2-inline-form">
        <div className="field">
          <label htmlFor={ids.template}>{p.templates}</label>
          <select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value)}>
            <option value="">—</option>
            {POLICY_TEMPLATES.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn"
          disabled={!template}
          onClick={() => {
            const tpl = POLICY_TEMPLATES.find((x) => x.id === template);
            if (tpl) setPolicy(tpl.text);
          }}
        >
          {p.template}
        </button>
        <button
          type="button"
          className="btn"
          disabled={check.error !== undefined}
          onClick={() => setPolicy(JSON.stringify(JSON.parse(text), null, 2))}
        >
          {p.format}
        </button>
      </div>
      <CodeEditor
        label={p.document}
        language="json"
        value={text}
        onChange={setPolicy}
        schema={POLICY_JSON_SCHEMA}
        onValidate={setMarkers}
        height={420}
      />
      <div className="row gs2-size-meter">
        <label htmlFor={ids.meter}>{p.size}</label>
        <meter
          id={ids.meter}
          min={0}
          max={GS2_LIMITS.policy}
          high={GS2_LIMITS.policy * 0.9}
          value={check.size}
        />
        <span>{p.sizeMeter(check.size, GS2_LIMITS.policy)}</span>
      </div>
      <div role="alert" className="stack">
        {check.tooLarge && <p className="field-error">{p.tooLarge}</p>}
        {check.error && (
          <p className="field-error" data-testid="gs2-json-error">
            {p.jsonError(check.error.message, check.error.line, check.error.column)}
          </p>
        )}
      </div>
      <MarkerList markers={markers} />
      {check.warnings.length > 0 && (
        <div className="stack">
          <p>{p.warnings}</p>
          <ul>
            {check.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {mutation.isError && <ErrorPanel error={mutation.error} />}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={blocked}
          onClick={() => setReviewing(true)}
        >
          {p.review}
        </button>
      </div>
    </div>
  );
}
