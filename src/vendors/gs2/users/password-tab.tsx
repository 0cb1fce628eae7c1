import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { passwordQuery } from '../queries/options';
import { useDeletePassword, useDisableMfa } from '../queries/password';
import { CreatePasswordForm } from './create-password-form';
import { MfaSetup } from './mfa-setup';
import { PASSWORD_STATES, passwordState, type PasswordState } from './password-state';
import { ResumeEnrolment } from './resume-enrolment';
import { SelfServiceLink } from './self-service-link';

/** The four sign-in states drawn as steps, with the actions each state allows. */
export function PasswordTab({ userName }: { userName: string }) {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const query = useQuery(passwordQuery(id, userName));
  const { confirm, dialog } = useConfirm();
  // A QR code shown on this page makes the "resume" form redundant (and two code fields confusing).
  const [startedHere, setStartedHere] = useState(false);
  const removePassword = useDeletePassword({ onError: () => undefined });
  const disableMfa = useDisableMfa({ onError: () => undefined });
  const names: Record<PasswordState, string> = {
    none: t.stateNone,
    password: t.statePassword,
    verifying: t.stateVerifying,
    enabled: t.stateEnabled,
  };
  const bodies: Record<PasswordState, string> = {
    none: t.stateNoneBody,
    password: t.statePasswordBody,
    verifying: t.stateVerifyingBody,
    enabled: t.stateEnabledBody,
  };
  const askDeletePassword = () =>
    void confirm({
      title: t.deletePasswordTitle,
      variant: 'destructive',
      confirmLabel: t.deletePassword,
      children: <p>{t.deletePasswordBody}</p>,
      action: () => removePassword.mutateAsync({ userName }),
    });
  const askDisableMfa = (title: string, label: string) =>
    void confirm({
      title,
      variant: 'destructive',
      confirmLabel: label,
      children: <p>{t.disableMfaBody}</p>,
      action: () => disableMfa.mutateAsync({ userName }),
    });

  return (
    <div className="stack">
      <h2>{t.passwordTitle}</h2>
      <QueryBoundary query={query}>
        {(password) => {
          const state = passwordState(password);
          return (
            <div className="stack">
              <ol className="gs2-states" aria-label={t.currentState}>
                {PASSWORD_STATES.map((s) => (
                  <li
                    key={s}
                    className={s === state ? 'gs2-state gs2-state-current' : 'gs2-state'}
                    aria-current={s === state ? 'step' : undefined}
                  >
                    {names[s]}
                  </li>
                ))}
              </ol>
              <p data-testid="gs2-password-state">
                <strong>{names[state]}</strong>. {bodies[state]}
              </p>
              {state === 'none' && <CreatePasswordForm userName={userName} />}
              {state === 'verifying' && !startedHere && <ResumeEnrolment userName={userName} />}
              {/* One slot for both states: starting enrolment moves the user to "verifying", and the QR
                  code on screen must survive that re-render. */}
              {(state === 'password' || state === 'verifying') && (
                <MfaSetup
                  userName={userName}
                  title={state === 'password' ? t.enableMfa : t.restartEnrolment}
                  onStarted={() => setStartedHere(true)}
                />
              )}
              {state === 'verifying' && (
                <div>
                  <button
                    type="button"
                    className="btn"
                    onClick={() => askDisableMfa(t.cancelEnrolment, t.cancelEnrolment)}
                  >
                    {t.cancelEnrolment}
                  </button>
                </div>
              )}
              {state === 'enabled' && (
                <div>
                  <button
                    type="button"
                    className="btn btn-danger"
                    onClick={() => askDisableMfa(t.disableMfaTitle, t.disableMfa)}
                  >
                    {t.disableMfa}
                  </button>
                </div>
              )}
              {state !== 'none' && <SelfServiceLink userName={userName} />}
              {state !== 'none' && (
                <div>
                  <button type="button" className="btn btn-danger" onClick={askDeletePassword}>
                    {t.deletePassword}
                  </button>
                </div>
              )}
            </div>
          );
        }}
      </QueryBoundary>
      {dialog}
    </div>
  );
}
