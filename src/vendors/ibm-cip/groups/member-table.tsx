import { useState } from 'react';
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useCipText } from '../cip-text';
import { userByUuidQuery } from '../queries/options';
import { valuesOf } from '../users/attributes';

type Props = {
  /** The members as the directory lists them: gtwayUUIDs. */
  members: readonly string[];
  caption: string;
  pending: boolean;
  /** Removes them; the selection clears once it succeeds (a failure keeps it for another try). */
  onRemove: (uuids: string[]) => Promise<unknown>;
};

/**
 * Members of a group or a service: each gtwayUUID resolved to its user (cached per UUID) so that people are
 * named, with one remove per row and one for the selected rows.
 */
export function MemberTable({ members, caption, pending, onRemove }: Props) {
  const t = useCipText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const users = useQueries({ queries: members.map((uuid) => userByUuidQuery(id, uuid)) });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosen = members.filter((m) => selected.has(m));
  const remove = (uuids: string[]) =>
    void onRemove(uuids).then(
      () => setSelected(new Set()),
      () => undefined,
    );
  const toggle = (uuid: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(uuid)) next.delete(uuid);
      else next.add(uuid);
      return next;
    });
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          className="btn"
          disabled={chosen.length === 0 || pending}
          onClick={() => remove(chosen)}
        >
          {t.removeSelected(chosen.length)}
        </button>
      </div>
      <table className="cip-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t.select}</span>
            </th>
            <th scope="col">{t.colUid}</th>
            <th scope="col">{t.colCn}</th>
            <th scope="col">
              <span className="visually-hidden">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((uuid, i) => {
            const user = users[i];
            const uid = valuesOf(user?.data?.uid)[0];
            const name = uid ?? uuid;
            return (
              <tr key={uuid}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t.selectMember(name)}
                    checked={selected.has(uuid)}
                    onChange={() => toggle(uuid)}
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
                    disabled={pending}
                    onClick={() => remove([uuid])}
                  >
                    {t.removeMember(name)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
