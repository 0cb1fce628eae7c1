import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { MfaEnrollment, RecoveryCodes } from '@/components/mfa-enrollment';
import { QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import {
  confirmEnrolment,
  disableMfa,
  profileKeys,
  regenerateCodes,
  SHELL_SESSION_KEY,
  startEnrolment,
  statusQuery,
} from './api';
import { PasswordAndCodeForm } from './password-and-code-form';
import { useProfileText } from './profile-text';

/** MFA on the profile: enrol when off; when on, new recovery codes or turning it off (password + code). */
export function MfaSection() {
  const t = useProfileText();
  const qc = useQueryClient();
  const status = useQuery(statusQuery());
  const [freshCodes, setFreshCodes] = useState<string[]>();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: profileKeys.all });
    void qc.invalidateQueries({ queryKey: SHELL_SESSION_KEY });
  };
  return (
    <section className="card stack" aria-labelledby="mfa-title">
      <h2 id="mfa-title">{t.mfa}</h2>
      <QueryBoundary query={status}>
        {(s) => (
          <>
            <p>
              <span className={s.mfa.enabled ? 'badge badge-success' : 'badge'}>
                {s.mfa.enabled ? t.mfaOn : t.mfaOff}
              </span>{' '}
              {s.mfa.enabled && <span className="muted">{t.codesLeft(s.mfa.recoveryCodesLeft)}</span>}{' '}
              {s.mfa.required && <span className="muted">{t.mfaRequired}</span>}
            </p>
            {!s.mfa.enabled && (
              <MfaEnrollment
                account={s.operator.username}
                start={startEnrolment}
                confirm={confirmEnrolment}
                onDone={() => {
                  toast.success(t.mfaEnabled);
                  refresh();
                }}
              />
            )}
            {s.mfa.enabled && freshCodes && (
              <RecoveryCodes
                codes={freshCodes}
                fileName={`${s.operator.username}-recovery-codes.txt`}
                onDone={() => setFreshCodes(undefined)}
              />
            )}
            {s.mfa.enabled && !freshCodes && (
              <div className="stack">
                <PasswordAndCodeForm
                  title={t.regenerateTitle}
                  help={t.regenerateHelp}
                  submitLabel={t.regenerate}
                  action={regenerateCodes}
                  onSuccess={(r) => {
                    setFreshCodes(r.recoveryCodes);
                    refresh();
                  }}
                />
                {!s.mfa.required && (
                  <PasswordAndCodeForm
                    title={t.disableTitle}
                    submitLabel={t.disable}
                    variant="danger"
                    action={disableMfa}
                    onSuccess={() => {
                      toast.success(t.disabled);
                      refresh();
                    }}
                  />
                )}
              </div>
            )}
          </>
        )}
      </QueryBoundary>
    </section>
  );
}
