import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { CodeEditor, MarkerList } from '@/components/code-editor';
import { useDraft } from '@/components/policy-editor';
import { ErrorPanel } from '@/components/states';
import { endpointsQuery } from '../endpoints/api';
import { PolicyName, type Policy } from '../wire/policies';
import { useScpText } from '../scp-text';
import { formatDocument, usePolicyCheck } from './document-check';
import { POLICY_VERSION, scpPolicySchema } from './engine/policy-schema';
import { useAddPolicyVersion, useCreatePolicy } from './mutations';
import { usePolicyText } from './policy-text';
import { defaultVersion } from './versions';

type Draft = { name: string; description: string; versionName: string; text: string };
const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' &&
  v !== null &&
  ['name', 'description', 'versionName', 'text'].every(
    (k) => typeof (v as Record<string, unknown>)[k] === 'string',
  );

const STARTER = formatDocument({
  Version: POLICY_VERSION,
  Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: ['iam:List*'], Resource: ['*'] }],
});

/**
 * A new policy, or a new version of `saved`. Every keystroke is kept as a draft (a policy is not a secret)
 * until SCP accepts the save, so a failed save or a reload loses nothing.
 */
export function PolicyForm({ saved }: { saved?: Policy }) {
  const p = usePolicyText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const draft = useDraft(`tessera.scp.policyDraft.${id}.${saved?.id ?? ':new'}`, isDraft);
  const restored = draft.initial;
  const current = saved ? defaultVersion(saved) : undefined;
  const [form, setForm] = useState<Draft>(
    restored ?? {
      name: '',
      description: saved?.description ?? '',
      versionName: '',
      text: current ? formatDocument(current.policy_document) : STARTER,
    },
  );
  const [showRestored, setShowRestored] = useState(restored !== null);
  const { check, onValidate } = usePolicyCheck(form.text);
  const regions = useQuery({ ...endpointsQuery(id), select: (l) => [...new Set(l.map((e) => e.region))] });
  const regionList = regions.data?.join(',') ?? '';
  const schema = useMemo(
    () => scpPolicySchema(regionList ? { regions: regionList.split(',') } : {}),
    [regionList],
  );
  const ids = { name: useId(), description: useId(), version: useId() };
  const nameError = !saved && form.name !== '' && !PolicyName.safeParse(form.name).success;
  const blocked = check.blocked || (!saved && !PolicyName.safeParse(form.name).success);

  const update = (next: Partial<Draft>) => {
    const merged = { ...form, ...next };
    setForm(merged);
    draft.save(merged);
  };
  const done = (policy: Policy) => {
    draft.clear();
    void navigate(href(`policies/${encodeURIComponent(policy.id ?? saved?.id ?? '')}`));
  };
  // The page shows the error itself and keeps everything typed.
  const create = useCreatePolicy({ onSuccess: done, onError: () => undefined });
  const addVersion = useAddPolicyVersion({ onSuccess: done, onError: () => undefined });
  const mutation = saved ? addVersion : create;
  const submit = () => {
    if (!check.document || blocked) return;
    const base = { description: form.description, versionName: form.versionName, document: check.document };
    if (saved?.id) addVersion.mutate({ ...base, policyId: saved.id });
    else create.mutate({ ...base, name: form.name });
  };

  return (
    <form
      className="stack scp-policy-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {showRestored && (
        <div className="card row" role="status">
          <span>{p.draftRestored}</span>
          <button
            type="button"
            className="btn"
            onClick={() => {
              draft.clear();
              setShowRestored(false);
              setForm({
                name: '',
                description: saved?.description ?? '',
                versionName: '',
                text: current ? formatDocument(current.policy_document) : STARTER,
              });
            }}
          >
            {p.discardDraft}
          </button>
        </div>
      )}
      {!saved && (
        <div className="field">
          <label htmlFor={ids.name}>{p.name}</label>
          <input
            id={ids.name}
            value={form.name}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={nameError}
            aria-describedby={`${ids.name}-help`}
            onChange={(e) => update({ name: e.target.value })}
          />
          <span id={`${ids.name}-help`} className={nameError ? 'field-error' : 'field-help'}>
            {nameError ? p.nameInvalid : p.nameHelp}
          </span>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.description}>{s.description}</label>
        <textarea
          id={ids.description}
          rows={2}
          maxLength={1000}
          value={form.description}
          onChange={(e) => update({ description: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.version}>{p.versionName}</label>
        <input
          id={ids.version}
          value={form.versionName}
          maxLength={128}
          aria-describedby={`${ids.version}-help`}
          onChange={(e) => update({ versionName: e.target.value })}
        />
        <span id={`${ids.version}-help`} className="field-help">
          {p.versionNameHelp}
        </span>
      </div>
      <div className="row">
        <button
          type="button"
          className="btn"
          disabled={!check.document}
          onClick={() => update({ text: formatDocument(check.document) })}
        >
          {p.format}
        </button>
      </div>
      <CodeEditor
        label={p.document}
        language="json"
        value={form.text}
        onChange={(text) => update({ text })}
        schema={schema}
        onValidate={onValidate}
        height={400}
      />
      <MarkerList markers={check.markers} />
      {mutation.isError && <ErrorPanel error={mutation.error} />}
      <div className="form-actions">
        {blocked && <span className="field-help">{p.blocked}</span>}
        <button type="submit" className="btn btn-primary" disabled={blocked || mutation.isPending}>
          {mutation.isPending ? p.saving : p.save}
        </button>
      </div>
    </form>
  );
}
