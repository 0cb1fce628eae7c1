import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '@/components/confirm-dialog';
import { MfaEnrollment } from '@/components/mfa-enrollment';
import { QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import { challengeToOtpauth } from '../users/mfa-uri';
import { passwordState, type PasswordState } from '../users/password-state';
import { isSignedOut, selfServiceMessage } from './messages';
import {
  confirmEnrolment,
  fetchOwnPassword,
  removeMfa,
  selfServiceKeys,
  startEnrolment,
} from './self-service-api';
import { useSelfServiceText } from './self-service-text';

/**
 * The signed-in GS2 user's own MFA, in the same four states the operator sees, with the shared enrolment
 * flow. A 401 anywhere means the session ended: `onSignedOut` sends the page back to sign-in.
 */
export function OwnMfaPanel(props: { token: string; userName: string; onSignedOut: () => void }) {
  const t = useSelfServiceText();
  const qc = useQueryClient();
  const key = selfServiceKeys.mfa(props.token);
  const query = useQuery({ queryKey: key, queryFn: fetchOwnPassword, retry: false });
  const { confirm, dialog } = useConfirm();
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const guard = async <T,>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (isSignedOut(err)) props.onSignedOut();
      // The shared flow shows the error itself; a localised sentence reads better than the server's.
      throw new Error(selfServiceMessage(err, t), { cause: err });
    }
  };
  const bodies: Record<PasswordState, string> = {
    none: t.stateNone,
    password: t.stateOff,
    verifying: t.stateVerifying,
    enabled: t.stateOn,
  };
  const { onSignedOut } = props;
  const ended = isSignedOut(query.error);
  useEffect(() => {
    if (ended) onSignedOut();
  }, [ended, onSignedOut]);

  return (
    <section className="stack" aria-labelledby="self-service-mfa">
      <h2 id="self-service-mfa">{t.stateTitle}</h2>
      <QueryBoundary query={query}>
        {(password) => {
          const state = passwordState(password);
          return (
            <div className="stack">
              <p data-testid="self-service-mfa-state">{bodies[state]}</p>
              {/* One slot for both states, so the QR code survives the move to "verifying". */}
              {(state === 'password' || state === 'verifying') && (
                <MfaEnrollment
                  account={props.userName}
                  title={state === 'password' ? t.enrol : t.restart}
                  start={() =>
                    guard(async () => {
                      const { challengeToken } = await startEnrolment();
                      const { uri, secret } = challengeToOtpauth(challengeToken, props.userName);
                      return { otpauthUri: uri, secret };
                    })
                  }
                  confirm={(code) =>
                    guard(async () => {
                      const { password: updated } = await confirmEnrolment(code);
                      qc.setQueryData(key, updated);
                      return {};
                    })
                  }
                  onDone={() => {
                    toast.success(t.enrolled);
                    refresh();
                  }}
                />
              )}
              {state === 'enabled' && (
                <div>
                  <button
                    type="button"
                    className="btn btn-danger"
                    onClick={() =>
                      void confirm({
                        title: t.removeTitle,
                        variant: 'destructive',
                        confirmLabel: t.remove,
                        children: <p>{t.removeBody}</p>,
                        action: async () => {
                          const { password: updated } = await guard(removeMfa);
                          qc.setQueryData(key, updated);
                          toast.success(t.removed);
                        },
                      })
                    }
                  >
                    {t.remove}
                  </button>
                </div>
              )}
            </div>
          );
        }}
      </QueryBoundary>
      {dialog}
    </section>
  );
}
