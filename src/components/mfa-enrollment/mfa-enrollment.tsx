import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation } from '@tanstack/react-query';
import { secretFromOtpauthUri } from '@/lib/otp/otpauth-uri';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, SubmitButton, TextField } from '../form';
import { ErrorPanel } from '../states';
import { QrCode } from '../qr-code';
import { useMfaText } from './mfa-text';
import { RecoveryCodes } from './recovery-codes';
import './mfa-enrollment.css';

export type MfaStart = { otpauthUri: string; secret?: string | undefined };
export type MfaConfirmResult = { recoveryCodes?: readonly string[] | undefined };

export type MfaEnrollmentProps = {
  /** Asks the server (or the vendor) for a new secret. Called when the user presses "Begin". */
  start: () => Promise<MfaStart>;
  /** Confirms the enrolment with the current code; recovery codes, if any, are shown once. */
  confirm: (code: string) => Promise<MfaConfirmResult>;
  /** After the recovery codes were acknowledged (or right after confirm when there are none). */
  onDone: () => void;
  onCancel?: () => void;
  /** Who is being enrolled, for the QR code's accessible name and the download's file name. */
  account: string;
  /** Heading level context: the component's own headings are h3. */
  title?: string;
};

type Values = { code: string };
type Step =
  { kind: 'intro' } | { kind: 'scan'; enrolment: MfaStart } | { kind: 'codes'; codes: readonly string[] };

/**
 * TOTP enrolment as one flow for every MFA in the console: begin, scan the QR code (or type the key),
 * confirm a current code, then see the recovery codes once. The secret lives only in this component's
 * state and is gone as soon as the flow moves on or unmounts.
 */
export function MfaEnrollment({ start, confirm, onDone, onCancel, account, title }: MfaEnrollmentProps) {
  const t = useMfaText();
  const [step, setStep] = useState<Step>({ kind: 'intro' });
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^\d{6}$/, t.codeFormat),
      }),
    ),
    defaultValues: { code: '' },
  });
  const begin = useMutation({
    mutationFn: start,
    // The secret must not outlive this component in the mutation cache.
    gcTime: 0,
    onSuccess: (enrolment) => setStep({ kind: 'scan', enrolment }),
    meta: { silent: true },
  });
  const confirmMutation = useMutation({
    mutationFn: (v: Values) => confirm(v.code.trim()),
    gcTime: 0,
    onSuccess: (res) => {
      const codes = res.recoveryCodes ?? [];
      if (codes.length > 0) setStep({ kind: 'codes', codes });
      else {
        setStep({ kind: 'intro' });
        onDone();
      }
    },
    onError: (err) => {
      form.reset({ code: '' });
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['code'] }));
    },
  });

  return (
    <section className="mfa-enrollment" aria-label={title ?? t.introTitle}>
      {step.kind === 'intro' && (
        <div className="stack">
          <h3 className="mfa-step-title">{title ?? t.introTitle}</h3>
          <p className="muted">{t.intro}</p>
          {begin.isError && <ErrorPanel error={begin.error} />}
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              disabled={begin.isPending}
              onClick={() => begin.mutate()}
            >
              {begin.isPending ? t.beginning : t.begin}
            </button>
            {onCancel && (
              <button type="button" className="btn" onClick={onCancel}>
                {t.cancel}
              </button>
            )}
          </div>
        </div>
      )}
      {step.kind === 'scan' && (
        <form
          className="stack"
          noValidate
          onSubmit={(e) =>
            void form.handleSubmit((v) => {
              setServerErrors([]);
              confirmMutation.mutate(v);
            })(e)
          }
        >
          <h3 className="mfa-step-title">{t.scanTitle}</h3>
          <p className="muted">{t.scan}</p>
          <QrCode
            value={step.enrolment.otpauthUri}
            label={t.qrLabel(account)}
            secret={step.enrolment.secret ?? secretFromOtpauthUri(step.enrolment.otpauthUri)}
          />
          <FormErrorSummary control={form.control} serverErrors={serverErrors} />
          <TextField
            control={form.control}
            name="code"
            label={t.code}
            autoComplete="one-time-code"
            inputMode="numeric"
            required
          />
          <div className="row">
            <SubmitButton
              control={form.control}
              pending={confirmMutation.isPending}
              pendingLabel={t.confirming}
            >
              {t.confirm}
            </SubmitButton>
            {onCancel && (
              <button type="button" className="btn" onClick={onCancel}>
                {t.cancel}
              </button>
            )}
          </div>
        </form>
      )}
      {step.kind === 'codes' && (
        <RecoveryCodes
          codes={step.codes}
          fileName={`${account.replace(/[^A-Za-z0-9._-]/g, '_')}-recovery-codes.txt`}
          onDone={() => {
            setStep({ kind: 'intro' });
            onDone();
          }}
        />
      )}
    </section>
  );
}
