import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { toast } from '@/components/toast';
import { QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { attachedPoliciesQuery, commonPoliciesQuery, customPoliciesQuery } from '../queries/options';
import { useAttachPolicy, useDetachPolicy } from '../queries/policies';
import { attachable, isCommonPolicy, mergePolicies } from '../policy/merge';
import { GS2_LIMITS } from '../wire';
import { EffectivePermissions } from './effective-permissions';

export function UserPoliciesTab({ userName }: { userName: string }) {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const attached = useQuery(attachedPoliciesQuery(id, userName));
  const custom = useQuery(customPoliciesQuery(id));
  const common = useQuery(commonPoliciesQuery(id));
  const [choice, setChoice] = useState('');
  const pickerId = useId();
  const headingId = useId();
  const attach = useAttachPolicy({
    onSuccess: (items, v) => {
      setChoice('');
      toast.success(
        t.policyAttached(items.find((p) => p.securityPolicyId === v.securityPolicyId)?.name ?? ''),
      );
    },
  });
  const detach = useDetachPolicy({
    onSuccess: (_items, v) =>
      toast.success(
        t.policyDetached(attached.data?.find((p) => p.securityPolicyId === v.securityPolicyId)?.name ?? ''),
      ),
  });
  const max = GS2_LIMITS.attachedPolicies;
  const options = mergePolicies(custom.data ?? [], common.data ?? []);

  return (
    <div className="stack">
      <section className="stack" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.attachedPolicies}</h2>
        <QueryBoundary query={attached}>
          {(list) => {
            const offer = attachable(options, list, max);
            return (
              <div className="stack">
                <p className="muted">{t.attachedCount(list.length, max)}</p>
                {list.length === 0 ? (
                  <p className="muted">{t.noAttached}</p>
                ) : (
                  <ul className="gs2-list">
                    {list.map((p) => (
                      <li key={p.securityPolicyId} className="row">
                        <strong>{p.name}</strong>
                        <span className={isCommonPolicy(p.securityPolicyId) ? 'badge' : 'badge badge-accent'}>
                          {isCommonPolicy(p.securityPolicyId) ? t.gs2Defined : t.custom}
                        </span>
                        <span className="muted">{p.description}</span>
                        <button
                          type="button"
                          className="btn"
                          aria-label={t.detachPolicy(p.name)}
                          disabled={detach.isPending}
                          onClick={() => detach.mutate({ userName, securityPolicyId: p.securityPolicyId })}
                        >
                          {t.detach}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                {list.length >= max ? (
                  <p role="status">{t.limitReached(max)}</p>
                ) : (
                  <form
                    className="row gs2-inline-form"
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (choice) attach.mutate({ userName, securityPolicyId: choice });
                    }}
                  >
                    <div className="field">
                      <label htmlFor={pickerId}>{t.attachPolicy}</label>
                      <select id={pickerId} value={choice} onChange={(e) => setChoice(e.target.value)}>
                        <option value="">{t.choosePolicy}</option>
                        {(['custom', 'common'] as const).map((kind) => (
                          <optgroup key={kind} label={kind === 'custom' ? t.custom : t.gs2Defined}>
                            {offer
                              .filter((o) => o.kind === kind)
                              .map((o) => (
                                <option key={o.policy.securityPolicyId} value={o.policy.securityPolicyId}>
                                  {o.policy.name}
                                </option>
                              ))}
                          </optgroup>
                        ))}
                      </select>
                    </div>
                    <button type="submit" className="btn btn-primary" disabled={!choice || attach.isPending}>
                      {attach.isPending ? t.attaching : t.attach}
                    </button>
                  </form>
                )}
                <EffectivePermissions policies={list} />
              </div>
            );
          }}
        </QueryBoundary>
      </section>
    </div>
  );
}
