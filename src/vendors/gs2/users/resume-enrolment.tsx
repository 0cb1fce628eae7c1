import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, SubmitButton, TextField } from '@/components/form';
import { useGs2Text } from '../gs2-text';
import { useChallengeMfa } from '../queries/password';
import { PasscodeSchema } from '../wire';

/** An enrolment left in "Verifying": if the authenticator already holds the secret, a code finishes it. */
export function ResumeEnrolment({ userName }: { userName: string }) {
  const t = useGs2Text();
  const headingId = useId();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<{ passcode: string }>({
    resolver: zodResolver(
      z.object({
        passcode: z
          .string()
          .trim()
          .refine((v) => PasscodeSchema.safeParse(v).success, t.passcodeInvalid),
      }),
    ),
    defaultValues: { passcode: '' },
  });
  const challenge = useChallengeMfa({
    onError: (err) => {
      form.reset({ passcode: '' });
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['passcode'] }));
    },
  });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.resumeTitle}</h3>
      <p className="muted">{t.resumeBody}</p>
      <form
        className="row gs2-inline-form"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            challenge.mutate({ userName, passcode: v.passcode });
          })(e)
        }
      >
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="passcode"
          label={t.passcode}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <SubmitButton control={form.control} pending={challenge.isPending} pendingLabel={t.verifying}>
          {t.verify}
        </SubmitButton>
      </form>
    </section>
  );
}
