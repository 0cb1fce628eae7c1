import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, PasswordField, SubmitButton } from '@/components/form';
import { useGs2Text } from '../gs2-text';
import { useCreatePassword } from '../queries/password';
import { GS2_LIMITS } from '../wire';

type Values = { password: string; confirm: string };

/** GS2 publishes no complexity rule, only the 1,024-character limit; the confirmation catches typos. */
export function CreatePasswordForm({ userName }: { userName: string }) {
  const t = useGs2Text();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(
      z
        .object({
          password: z.string().min(1, t.passwordRequired).max(GS2_LIMITS.password, t.passwordTooLong),
          confirm: z.string(),
        })
        .refine((v) => v.password === v.confirm, { message: t.passwordsDiffer, path: ['confirm'] }),
    ),
    defaultValues: { password: '', confirm: '' },
  });
  const create = useCreatePassword({
    // The typed password must not stay in the form once GS2 has it.
    onSuccess: () => form.reset({ password: '', confirm: '' }),
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: ['password'] })),
  });
  return (
    <form
      className="card stack"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setServerErrors([]);
          create.mutate({ userName, password: v.password });
        })(e)
      }
    >
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <PasswordField
        control={form.control}
        name="password"
        label={t.password}
        autoComplete="new-password"
        required
      />
      <PasswordField
        control={form.control}
        name="confirm"
        label={t.confirmPassword}
        autoComplete="new-password"
        required
      />
      <div className="form-actions">
        <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.saving}>
          {t.createPassword}
        </SubmitButton>
      </div>
    </form>
  );
}
