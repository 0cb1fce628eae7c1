import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { ErrorPanel, PageHeader, QueryBoundary } from '@/components/states';
import type { Role } from '../wire/roles';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { formatDocument, usePolicyCheck } from '../policies/document-check';
import { roleQuery } from './api';
import { useSetTrustPolicy, useUpdateRole } from './mutations';
import { SessionField, sessionValid, TrustPolicyField } from './role-fields';
import { useRolesText } from './roles-text';

/** One role: its settings, its trust policy and the policies bound to it. */
export function RolePage() {
  const t = useRolesText();
  const { id } = useCurrentConnection();
  const { roleId = '' } = useParams();
  const href = useConnectionHref();
  const titleId = useId();
  const query = useQuery(roleQuery(id, roleId));
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={query.data?.name ?? roleId}
        titleId={titleId}
        description={<Link to={href('roles')}>{t.back}</Link>}
      />
      <QueryBoundary query={query}>
        {(role) => <RoleDetail key={role.modified_at} role={role} />}
      </QueryBoundary>
    </section>
  );
}

function RoleDetail({ role }: { role: Role }) {
  const t = useRolesText();
  const s = useScpText();
  const settingsId = useId();
  const trustId = useId();
  const policiesId = useId();
  const descriptionId = useId();
  const [description, setDescription] = useState(role.description ?? '');
  const [session, setSession] = useState(String(role.max_session_duration));
  const [trust, setTrust] = useState(formatDocument(role.assume_role_policy_document));
  const { check, onValidate } = usePolicyCheck(trust);
  const update = useUpdateRole({ onError: () => undefined });
  const setTrustPolicy = useSetTrustPolicy({ onError: () => undefined });
  return (
    <div className="stack">
      <dl className="scp-facts">
        <dt>{t.type}</dt>
        <dd>{role.type ?? s.notSet}</dd>
        <dt>{s.created}</dt>
        <dd>{formatDate(role.created_at)}</dd>
        <dt>{s.modified}</dt>
        <dd>{formatDate(role.modified_at)}</dd>
      </dl>
      <section className="stack" aria-labelledby={settingsId}>
        <h2 id={settingsId}>{t.settings}</h2>
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (sessionValid(session))
              update.mutate({ roleId: role.id, description, maxSessionDuration: Number(session) });
          }}
        >
          <div className="field">
            <label htmlFor={descriptionId}>{s.description}</label>
            <textarea
              id={descriptionId}
              rows={2}
              maxLength={1000}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </div>
          <SessionField value={session} onChange={setSession} />
          {update.isError && <ErrorPanel error={update.error} />}
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-primary"
              disabled={!sessionValid(session) || update.isPending}
            >
              {update.isPending ? t.saving : t.saveSettings}
            </button>
          </div>
        </form>
      </section>
      <section className="stack" aria-labelledby={trustId}>
        <h2 id={trustId}>{t.trustPolicy}</h2>
        <TrustPolicyField value={trust} onChange={setTrust} check={check} onValidate={onValidate} />
        {setTrustPolicy.isError && <ErrorPanel error={setTrustPolicy.error} />}
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={check.blocked || setTrustPolicy.isPending}
            onClick={() =>
              check.document && setTrustPolicy.mutate({ roleId: role.id, document: check.document })
            }
          >
            {setTrustPolicy.isPending ? t.saving : t.saveTrust}
          </button>
        </div>
      </section>
      <section className="stack" aria-labelledby={policiesId}>
        <h2 id={policiesId}>{t.policies}</h2>
        {role.policies?.length ? (
          <ul className="scp-plain-list">
            {role.policies.map((p) => (
              <li key={p.id ?? p.srn}>{p.policy_name ?? p.id}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t.noBoundPolicies}</p>
        )}
      </section>
    </div>
  );
}
