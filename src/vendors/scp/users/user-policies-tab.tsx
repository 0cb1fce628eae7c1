import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useScpText } from '../scp-text';
import { CheckList } from '../shared/check-list';
import { bindablePoliciesQuery, policyOptions } from '../shared/pickers';
import { userPoliciesQuery } from './api';
import { useAttachUserPolicies, useDetachUserPolicy } from './mutations';
import { useUsersText } from './users-text';

/** Policies bound to the user directly (not through groups): attach several, detach one. */
export function UserPoliciesTab({ userId }: { userId: string }) {
  const t = useUsersText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const query = useQuery(userPoliciesQuery(id, userId));
  const bindable = useQuery(bindablePoliciesQuery(id));
  const [chosen, setChosen] = useState<string[]>([]);
  const attach = useAttachUserPolicies({ onSuccess: () => setChosen([]) });
  const detach = useDetachUserPolicy({ onError: () => undefined });
  const { confirm, dialog } = useConfirm();
  const bound = (query.data ?? []).flatMap((p) => (p.id ? [p.id] : []));
  return (
    <div className="stack">
      <QueryBoundary
        query={query}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t.noPolicies}>{t.noPoliciesBody}</EmptyState>}
      >
        {(list) => (
          <table className="scp-table">
            <caption className="visually-hidden">{t.tabPolicies}</caption>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{t.policyType}</th>
                <th scope="col">{s.description}</th>
                <th scope="col">{s.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => {
                const name = p.policy_name ?? p.srn;
                const policyId = p.id;
                return (
                  <tr key={p.id ?? p.srn}>
                    <th scope="row">{name}</th>
                    <td>{p.policy_type ?? s.notSet}</td>
                    <td>{p.description ?? s.notSet}</td>
                    <td>
                      {policyId && (
                        <button
                          type="button"
                          className="btn btn-ghost"
                          aria-label={`${t.detach} ${name}`}
                          onClick={() =>
                            void confirm({
                              title: t.detachTitle(name),
                              variant: 'destructive',
                              confirmLabel: t.detach,
                              children: <p>{t.detachBody}</p>,
                              action: () => detach.mutateAsync({ userId, policyId, name }),
                            })
                          }
                        >
                          {t.detach}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      <form
        className="stack card"
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen.length) attach.mutate({ userId, policyIds: chosen });
        }}
      >
        <CheckList
          legend={t.choosePolicies}
          options={policyOptions(bindable.data, bound)}
          value={chosen}
          onChange={setChosen}
          emptyText={bindable.isPending ? t.pickerLoading : t.noChoices}
        />
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={chosen.length === 0 || attach.isPending}
          >
            {attach.isPending ? t.attaching : t.attach}
          </button>
        </div>
      </form>
      {dialog}
    </div>
  );
}
