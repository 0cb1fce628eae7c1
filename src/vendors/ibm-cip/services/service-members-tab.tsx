import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, QueryBoundary } from '@/components/states';
import type { ServiceEntry } from '../wire';
import { serviceListQuery } from '../queries/service-options';
import { userByUuidQuery } from '../queries/options';
import { useChangeServiceMembers } from '../queries/services';
import { valuesOf } from '../users/attributes';
import { MemberNamesForm } from '../groups/member-names-form';
import { useServicesText } from './services-text';
import { isOn } from './service-attributes';

/** S3 members resolved to users (cached per UUID), and S9 to add (ordinary or manual) or remove. */
export function ServiceMembersTab({ name, entry }: { name: string; entry: ServiceEntry }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const query = useQuery(serviceListQuery(id, name, 'members'));
  const members = query.data ?? [];
  const users = useQueries({ queries: members.map((uuid) => userByUuidQuery(id, uuid)) });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const change = useChangeServiceMembers();
  const closed = isOn(entry.gtwayNoMembers);
  const chosen = members.filter((m) => selected.has(m));
  const remove = (uuids: string[]) =>
    change.mutate(
      { service: name, uuids, action: 'remove', manual: false },
      { onSuccess: () => setSelected(new Set()) },
    );
  return (
    <div className="stack">
      <p className="field-help">{t.membersKindsNote}</p>
      {closed ? <p role="note">{t.noMembersAllowed}</p> : <AddServiceMembers name={name} />}
      <QueryBoundary query={query} isEmpty={(m) => m.length === 0} empty={<EmptyState title={t.noMembers} />}>
        {() => (
          <div className="stack">
            <div>
              <button
                type="button"
                className="btn"
                disabled={chosen.length === 0 || change.isPending}
                onClick={() => remove(chosen)}
              >
                {t.removeSelected(chosen.length)}
              </button>
            </div>
            <table className="cip-table">
              <caption className="visually-hidden">{t.membersOf(name)}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t.select}</span>
                  </th>
                  <th scope="col">{t.colUser}</th>
                  <th scope="col">{t.colName}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.actions}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {members.map((uuid, i) => {
                  const user = users[i];
                  const uid = valuesOf(user?.data?.uid)[0];
                  const label = uid ?? uuid;
                  return (
                    <tr key={uuid}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t.selectItem(label)}
                          checked={selected.has(uuid)}
                          onChange={() =>
                            setSelected((prev) => {
                              const next = new Set(prev);
                              if (next.has(uuid)) next.delete(uuid);
                              else next.add(uuid);
                              return next;
                            })
                          }
                        />
                      </td>
                      <th scope="row">
                        {uid ? (
                          <Link to={href(`users/${encodeURIComponent(uid)}`)}>{uid}</Link>
                        ) : (
                          <span className="muted">{user?.isPending ? t.resolving : uuid}</span>
                        )}
                      </th>
                      <td>{valuesOf(user?.data?.cn)[0] ?? ''}</td>
                      <td>
                        <button
                          type="button"
                          className="btn btn-ghost"
                          disabled={change.isPending}
                          onClick={() => remove([uuid])}
                        >
                          {t.removeItem(label)}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryBoundary>
    </div>
  );
}

function AddServiceMembers({ name }: { name: string }) {
  const t = useServicesText();
  const [manual, setManual] = useState(false);
  const change = useChangeServiceMembers();
  const kindName = useId();
  return (
    <MemberNamesForm
      className="stack cip-card"
      ariaLabel={t.addMembers}
      pending={change.isPending}
      onAdd={(uuids) => change.mutateAsync({ service: name, uuids, action: 'add', manual })}
    >
      <fieldset>
        <legend>{t.memberKind}</legend>
        <label className="checkbox">
          <input type="radio" name={kindName} checked={!manual} onChange={() => setManual(false)} />
          {t.ordinary}
        </label>
        <label className="checkbox">
          <input type="radio" name={kindName} checked={manual} onChange={() => setManual(true)} />
          {t.manual}
        </label>
      </fieldset>
    </MemberNamesForm>
  );
}
