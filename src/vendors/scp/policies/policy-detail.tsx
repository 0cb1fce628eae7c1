import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { CodeEditor } from '@/components/code-editor';
import { PageHeader, QueryBoundary } from '@/components/states';
import type { Policy } from '../wire/policies';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { policyQuery } from './api';
import { formatDocument } from './document-check';
import { useSetDefaultVersion } from './mutations';
import { PolicyForm } from './policy-form';
import { usePolicyText } from './policy-text';
import { VersionCompare } from './version-compare';
import { defaultVersion, versionLabel } from './versions';

/** Loads `:policyId` and shows it, or its new-version editor when `edit` is set. */
export function PolicyPage({ edit = false }: { edit?: boolean }) {
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const { policyId = '' } = useParams();
  const href = useConnectionHref();
  const titleId = useId();
  const query = useQuery(policyQuery(id, policyId));
  const name = query.data?.policy_name ?? policyId;
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={edit ? p.editTitle(name) : name}
        titleId={titleId}
        description={
          <Link to={href(edit ? `policies/${encodeURIComponent(policyId)}` : 'policies')}>
            {edit ? name : p.back}
          </Link>
        }
      />
      <QueryBoundary query={query}>
        {(policy) => (edit ? <PolicyForm saved={policy} /> : <PolicyDetail policy={policy} />)}
      </QueryBoundary>
    </section>
  );
}

function PolicyDetail({ policy }: { policy: Policy }) {
  const p = usePolicyText();
  const s = useScpText();
  const href = useConnectionHref();
  const system = policy.policy_type === 'SYSTEM_MANAGED';
  const versions = policy.policy_versions ?? [];
  const current = defaultVersion(policy);
  const setDefault = useSetDefaultVersion();
  const versionsId = useId();
  return (
    <div className="stack">
      {system ? (
        <p className="card">{p.systemReadOnly}</p>
      ) : (
        <div className="row">
          <Link className="btn btn-primary" to={href(`policies/${encodeURIComponent(policy.id ?? '')}/edit`)}>
            {p.newVersion}
          </Link>
        </div>
      )}
      <dl className="scp-facts">
        <dt>{p.type}</dt>
        <dd>{policy.policy_type ?? s.notSet}</dd>
        <dt>{p.category}</dt>
        <dd>{policy.policy_category ?? s.notSet}</dd>
        <dt>{p.state}</dt>
        <dd>{policy.state ?? s.notSet}</dd>
        <dt>{s.description}</dt>
        <dd>{policy.description ?? s.notSet}</dd>
        <dt>{p.srn}</dt>
        <dd>
          <code className="scp-break">{policy.srn}</code>
        </dd>
        <dt>{s.modified}</dt>
        <dd>{formatDate(policy.modified_at)}</dd>
      </dl>
      <section className="stack" aria-labelledby={versionsId}>
        <h2 id={versionsId}>{p.versions}</h2>
        <table className="scp-table">
          <thead>
            <tr>
              <th scope="col">{p.versionName}</th>
              <th scope="col">{s.created}</th>
              <th scope="col">{p.defaultVersion}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v, i) => {
              const isDefault = v.id === current?.id;
              return (
                <tr key={v.id ?? i}>
                  <th scope="row">{versionLabel(v, i)}</th>
                  <td>{formatDate(v.created_at)}</td>
                  <td>
                    {isDefault ? (
                      <strong>{p.isDefault}</strong>
                    ) : system || !v.id || !policy.id ? null : (
                      <button
                        type="button"
                        className="btn btn-small"
                        disabled={setDefault.isPending}
                        aria-label={`${p.makeDefault}: ${versionLabel(v, i)}`}
                        onClick={() =>
                          setDefault.mutate({ policyId: policy.id ?? '', versionId: v.id ?? '' })
                        }
                      >
                        {p.makeDefault}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {versions.length > 1 && <VersionCompare versions={versions} />}
      {current && (
        <CodeEditor
          label={p.defaultDocument}
          language="json"
          value={formatDocument(current.policy_document)}
          readOnly
          height={320}
        />
      )}
    </div>
  );
}
