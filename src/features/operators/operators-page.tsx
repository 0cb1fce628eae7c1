import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '@/components/confirm-dialog';
import { PageHeader, QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import { operatorKeys, operatorsQuery, setRequireMfa } from './api';
import { CreateOperatorDialog } from './create-operator-dialog';
import { SecretOnce } from '@/components/secret-once';
import { OperatorRow } from './operator-row';
import { useOperatorsText } from './operators-text';
import { useOwnOperatorId } from './use-own-operator-id';
import './operators.css';

/** Operator administration, for admins (the server refuses everyone else). */
export function OperatorsPage() {
  const t = useOperatorsText();
  const qc = useQueryClient();
  const list = useQuery(operatorsQuery());
  const selfId = useOwnOperatorId();
  const { confirm, dialog } = useConfirm();
  const [creating, setCreating] = useState(false);
  const [oneTime, setOneTime] = useState<{ username: string; oneTimePassword: string }>();
  const policy = useMutation({
    mutationFn: setRequireMfa,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: operatorKeys.all });
      toast.success(t.saved);
    },
  });
  return (
    <section className="page stack" aria-labelledby="operators-title">
      <PageHeader
        title={t.title}
        titleId="operators-title"
        description={t.description}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t.create}
          </button>
        }
      />
      <QueryBoundary query={list} isEmpty={(d) => d.operators.length === 0}>
        {(data) => (
          <>
            <div className="card row">
              <label className="row">
                <input
                  type="checkbox"
                  checked={data.requireMfa}
                  disabled={policy.isPending}
                  onChange={(e) => policy.mutate(e.target.checked)}
                />
                {t.requireMfa}
              </label>
              <span className="muted">{t.requireMfaHelp}</span>
            </div>
            <table className="operators-table">
              <thead>
                <tr>
                  <th scope="col">{t.username}</th>
                  <th scope="col">{t.displayName}</th>
                  <th scope="col">{t.role}</th>
                  <th scope="col">{t.mfa}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.lastSignIn}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {data.operators.map((op) => (
                  <OperatorRow
                    key={op.id}
                    operator={op}
                    isSelf={op.id === selfId}
                    confirm={confirm}
                    onOneTimePassword={setOneTime}
                  />
                ))}
              </tbody>
            </table>
          </>
        )}
      </QueryBoundary>
      {creating && (
        <CreateOperatorDialog
          onClose={() => setCreating(false)}
          onCreated={(r) => {
            setCreating(false);
            setOneTime(r);
          }}
        />
      )}
      {oneTime && (
        <SecretOnce
          title={t.oneTimeTitle(oneTime.username)}
          label={t.oneTimeLabel}
          description={<p>{t.oneTimeBody}</p>}
          value={oneTime.oneTimePassword}
          fileName={`${oneTime.username}-one-time-password.txt`}
          onClose={() => setOneTime(undefined)}
        />
      )}
      {dialog}
    </section>
  );
}

export default OperatorsPage;
