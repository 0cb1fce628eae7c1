import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import { profileKeys, revokeOtherSessions, revokeSession, sessionsQuery } from './api';
import { useProfileText } from './profile-text';

const when = (iso: string) => new Date(iso).toLocaleString();

/** The operator's own sessions, with sign-out of one or of all the others. */
export function SessionsSection() {
  const t = useProfileText();
  const qc = useQueryClient();
  const sessions = useQuery(sessionsQuery());
  const invalidate = () => qc.invalidateQueries({ queryKey: profileKeys.sessions() });
  const others = useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: async (r) => {
      await invalidate();
      toast.success(t.othersSignedOut(r.revoked));
    },
  });
  const one = useMutation({ mutationFn: revokeSession, onSuccess: invalidate });
  return (
    <section className="card stack" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t.sessions}</h2>
      <p className="muted">{t.sessionsHelp}</p>
      <QueryBoundary query={sessions}>
        {(list) => (
          <>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.device}</th>
                  <th scope="col">{t.address}</th>
                  <th scope="col">{t.started}</th>
                  <th scope="col">{t.lastSeen}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.signOutSession}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <td>{s.userAgent ?? t.unknown}</td>
                    <td className="mono">{s.ip ?? t.unknown}</td>
                    <td>{when(s.createdAt)}</td>
                    <td>{when(s.lastSeenAt)}</td>
                    <td>
                      {s.current ? (
                        <span className="badge badge-accent">{t.thisSession}</span>
                      ) : (
                        <button
                          type="button"
                          className="btn"
                          disabled={one.isPending}
                          onClick={() => one.mutate(s.id)}
                        >
                          {t.signOutSession}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {list.some((s) => !s.current) ? (
              <div>
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={others.isPending}
                  onClick={() => others.mutate()}
                >
                  {t.signOutOthers}
                </button>
              </div>
            ) : (
              <p className="muted">{t.noOtherSessions}</p>
            )}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
