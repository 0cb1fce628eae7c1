import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { QueryBoundary, type QueryLike } from '@/components/states';
import { endpointsQuery } from '../endpoints/api';
import { allUsersQuery, userPoliciesQuery } from '../users/api';
import { ACCESS_LEVELS, findAction, IAM_ACTIONS, OTHER_ACTIONS } from '../policies/engine/actions';
import { groupsWithMembersQuery } from './api';
import { SimulationResult } from './simulation-result';
import { defaultResource, heldPolicies, type HeldPolicy } from './simulate';
import { useSimulatorText } from './simulator-text';

/**
 * The request to simulate lives in the URL (`?user=&action=&resource=&region=`), so a result can be
 * linked and survives a reload. The resource follows the action until it is edited.
 */
export function SimulatorView({ accountId }: { accountId: string }) {
  const t = useSimulatorText();
  const { id, settings } = useCurrentConnection();
  const [params, setParams] = useSearchParams();
  const users = useQuery(allUsersQuery(id, accountId));
  const regions = useQuery({
    ...endpointsQuery(id),
    select: (l) => [...new Set(l.map((e) => e.region))],
  });
  const ids = {
    user: useId(),
    action: useId(),
    list: useId(),
    level: useId(),
    resource: useId(),
    region: useId(),
  };
  const userId = params.get('user') ?? '';
  const action = params.get('action') ?? '';
  const level = params.get('level') ?? 'READ';
  const region = params.get('region') ?? regions.data?.[0] ?? '';
  const environment = settings.environment ?? '';
  const resource = params.get('resource') ?? defaultResource(action, environment, accountId);
  const set = (next: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(next)) {
          if (v === null || v === '') out.delete(k);
          else out.set(k, v);
        }
        return out;
      },
      { replace: true },
    );
  const known = findAction(action) !== undefined;

  return (
    <div className="stack">
      <form className="scp-sim-form stack" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.user}>{t.user}</label>
          <select id={ids.user} value={userId} onChange={(e) => set({ user: e.target.value })}>
            <option value="">{t.chooseUser}</option>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.user_name ?? u.id}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.action}>{t.action}</label>
          <input
            id={ids.action}
            list={ids.list}
            value={action}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${ids.action}-help`}
            onChange={(e) => set({ action: e.target.value.trim(), resource: null })}
          />
          <datalist id={ids.list}>
            {[...IAM_ACTIONS.map((a) => a.action), ...OTHER_ACTIONS].map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
          <span id={`${ids.action}-help`} className="field-help">
            {t.actionHelp}
          </span>
        </div>
        {!known && action !== '' && (
          <div className="field">
            <label htmlFor={ids.level}>{t.level}</label>
            <select
              id={ids.level}
              value={level}
              aria-describedby={`${ids.level}-help`}
              onChange={(e) => set({ level: e.target.value })}
            >
              {ACCESS_LEVELS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
            <span id={`${ids.level}-help`} className="field-help">
              {t.levelHelp}
            </span>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.resource}>{t.resource}</label>
          <input
            id={ids.resource}
            value={resource}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${ids.resource}-help`}
            onChange={(e) => set({ resource: e.target.value })}
          />
          <span id={`${ids.resource}-help`} className="field-help">
            {t.resourceHelp}
          </span>
        </div>
        <div className="field">
          <label htmlFor={ids.region}>{t.region}</label>
          <select id={ids.region} value={region} onChange={(e) => set({ region: e.target.value })}>
            {(regions.data?.length ? regions.data : [region]).map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </div>
      </form>
      {userId && action ? (
        <UserSimulation userId={userId} input={{ action, level, resource, region }} />
      ) : (
        <p className="muted">{t.pickAll}</p>
      )}
    </div>
  );
}

function UserSimulation(props: {
  userId: string;
  input: { action: string; level: string; resource: string; region: string };
}) {
  const { id } = useCurrentConnection();
  const direct = useQuery(userPoliciesQuery(id, props.userId));
  const groups = useQuery(groupsWithMembersQuery(id));
  const error = direct.error ?? groups.error;
  const status = error ? 'error' : direct.data && groups.data ? 'success' : 'pending';
  const both = {
    status,
    error,
    isFetching: direct.isFetching || groups.isFetching,
    data: direct.data && groups.data ? heldPolicies(props.userId, direct.data, groups.data) : undefined,
    refetch: () => Promise.all([direct.refetch(), groups.refetch()]),
  } as QueryLike<HeldPolicy[]>;
  return (
    <QueryBoundary query={both}>
      {(held) => <SimulationResult held={held} input={props.input} />}
    </QueryBoundary>
  );
}
