import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import type { Statement } from '../wire/common';
import type { ResourcePolicyShowResponse } from '../wire/resource-policies';
import { useScpAccountId } from '../account';
import { resourcePolicyQuery } from './api';
import { useDeletePolicy, useRemoveStatement } from './mutations';
import { useResourcePolicyText } from './resource-policy-text';
import { SrnBuilder } from './srn-builder';
import { StatementEditor } from './statement-editor';

/** The SRN being looked at lives in the URL (`?srn=`), so a resource's policy can be linked. */
export function ResourcePolicyView() {
  const t = useResourcePolicyText();
  const titleId = useId();
  const { settings } = useCurrentConnection();
  const { accountId } = useScpAccountId();
  const [params, setParams] = useSearchParams();
  const srn = params.get('srn') ?? '';
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <SrnBuilder
        key={srn}
        initial={srn}
        defaults={{ environment: settings.environment ?? '', accountId: accountId ?? '', region: 'kr-west1' }}
        onOpen={(next) => setParams({ srn: next })}
      />
      {srn && <PolicyOnSrn key={srn} srn={srn} />}
    </section>
  );
}

function PolicyOnSrn({ srn }: { srn: string }) {
  const { id } = useCurrentConnection();
  const query = useQuery(resourcePolicyQuery(id, srn));
  return <QueryBoundary query={query}>{(policy) => <Statements srn={srn} policy={policy} />}</QueryBoundary>;
}

function Statements({ srn, policy }: { srn: string; policy: ResourcePolicyShowResponse | null }) {
  const t = useResourcePolicyText();
  const headingId = useId();
  const [editing, setEditing] = useState<{ sid?: string; whole?: boolean; initial: object } | null>(null);
  const { confirm, dialog } = useConfirm();
  const remove = useRemoveStatement({ onError: () => undefined });
  const deletePolicy = useDeletePolicy({ onError: () => undefined });
  const version =
    policy?.policy_versions?.find((v) => v.id === policy.default_version_id) ?? policy?.policy_versions?.[0];
  const statements: Statement[] = version?.policy_document.Statement ?? [];
  const blank = {
    Sid: `Statement${String(statements.length + 1)}`,
    Effect: 'Allow',
    Action: ['virtualserver:ShowVirtualServer'],
    Principal: '*',
    Resource: [srn],
  };
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.statements}</h2>
      {statements.length === 0 && <EmptyState title={t.none}>{t.noneBody}</EmptyState>}
      <ul className="scp-plain-list stack">
        {statements.map((s) => {
          const sid = s.Sid ?? 'statement1';
          return (
            <li key={sid} className="card stack">
              <pre className="scp-break">{JSON.stringify(s, null, 2)}</pre>
              <div className="row">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => setEditing({ sid, initial: s })}
                >
                  {t.edit(sid)}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  onClick={() =>
                    void confirm({
                      title: t.removeTitle(sid),
                      variant: 'destructive',
                      confirmLabel: t.remove(sid),
                      children: <p>{t.removeBody}</p>,
                      action: () => remove.mutateAsync({ srn, sid }),
                    })
                  }
                >
                  {t.remove(sid)}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {editing ? (
        <StatementEditor
          srn={srn}
          initial={editing.initial}
          {...(editing.sid ? { sid: editing.sid } : {})}
          {...(editing.whole ? { whole: true } : {})}
          onDone={() => setEditing(null)}
        />
      ) : (
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ initial: blank })}>
            {t.addStatement}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() =>
              setEditing({
                whole: true,
                initial: version?.policy_document ?? { Version: '2024-07-01', Statement: [blank] },
              })
            }
          >
            {t.editDocument}
          </button>
          {policy && (
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void confirm({
                  title: t.deletePolicyTitle,
                  variant: 'destructive',
                  confirmLabel: t.deletePolicy,
                  children: <p>{t.deletePolicyBody}</p>,
                  action: () => deletePolicy.mutateAsync({ srn }),
                })
              }
            >
              {t.deletePolicy}
            </button>
          )}
        </div>
      )}
      {dialog}
    </section>
  );
}
