import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConfirmOptions } from '@/components/confirm-dialog';
import { toast } from '@/components/toast';
import {
  deleteOperator,
  operatorKeys,
  resetMfa,
  resetPassword,
  ROLES,
  updateOperator,
  type Operator,
  type Role,
} from './api';
import { useOperatorsText } from './operators-text';

type Props = {
  operator: Operator;
  isSelf: boolean;
  confirm: (o: ConfirmOptions) => Promise<boolean>;
  onOneTimePassword: (r: { username: string; oneTimePassword: string }) => void;
};

/** One operator with its role switch and actions; every action asks first and the server has the last word. */
export function OperatorRow({ operator: op, isSelf, confirm, onOneTimePassword }: Props) {
  const t = useOperatorsText();
  const qc = useQueryClient();
  const refresh = () => qc.invalidateQueries({ queryKey: operatorKeys.all });
  const roleChange = useMutation({
    mutationFn: (role: Role) => updateOperator(op.id, { role }),
    onSuccess: async () => {
      await refresh();
      toast.success(t.saved);
    },
    onSettled: refresh,
  });
  const ask = (title: string, body: string, action: () => Promise<unknown>, destructive = false) =>
    void confirm({
      title,
      children: <p>{body}</p>,
      variant: destructive ? 'destructive' : 'default',
      ...(destructive ? { resourceName: op.username } : {}),
      action: async () => {
        await action();
        await refresh();
      },
    });
  return (
    <tr>
      <td>
        <span className="mono">{op.username}</span> {isSelf && <span className="muted">{t.you}</span>}
      </td>
      <td>{op.displayName}</td>
      <td>
        <select
          aria-label={t.changeRole(op.username)}
          value={op.role}
          disabled={roleChange.isPending}
          onChange={(e) => roleChange.mutate(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.roleName(r)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {op.mfaEnabled ? (
          <span className="badge badge-success">{t.on}</span>
        ) : (
          <span className="badge">{t.off}</span>
        )}
      </td>
      <td>
        {op.disabled ? (
          <span className="badge badge-danger">{t.disabledBadge}</span>
        ) : (
          <span className="badge">{t.active}</span>
        )}{' '}
        {op.mustChangePassword && <span className="muted">{t.mustChange}</span>}
      </td>
      <td>{op.lastSignInAt ? new Date(op.lastSignInAt).toLocaleString() : t.never}</td>
      <td>
        <div className="row operator-actions">
          {op.disabled ? (
            <button
              type="button"
              className="btn"
              onClick={() => ask(t.enable, op.username, () => updateOperator(op.id, { disabled: false }))}
            >
              {t.enable}
            </button>
          ) : (
            <button
              type="button"
              className="btn"
              disabled={isSelf}
              onClick={() =>
                ask(t.confirmDisable(op.username), t.confirmDisableBody, () =>
                  updateOperator(op.id, { disabled: true }),
                )
              }
            >
              {t.disable}
            </button>
          )}
          <button
            type="button"
            className="btn"
            onClick={() =>
              ask(t.confirmReset(op.username), t.confirmResetBody, async () => {
                const r = await resetPassword(op.id);
                onOneTimePassword({ username: op.username, oneTimePassword: r.oneTimePassword });
              })
            }
          >
            {t.resetPassword}
          </button>
          <button
            type="button"
            className="btn"
            disabled={!op.mfaEnabled}
            onClick={() => ask(t.confirmMfa(op.username), t.confirmMfaBody, () => resetMfa(op.id))}
          >
            {t.resetMfa}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={isSelf}
            onClick={() =>
              ask(t.confirmDelete(op.username), t.confirmDeleteBody, () => deleteOperator(op.id), true)
            }
          >
            {t.delete}
          </button>
        </div>
      </td>
    </tr>
  );
}
