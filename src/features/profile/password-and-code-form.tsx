import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation } from '@tanstack/react-query';
import type { FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  FormErrorSummary,
  PasswordField,
  SubmitButton,
  TextField,
} from '@/components/form';
import { useProfileText } from './profile-text';

type Values = { password: string; code: string };

/** The re-authentication sensitive MFA changes need: the password and a current code. */
export function PasswordAndCodeForm<R>(props: {
  title: string;
  help?: string;
  submitLabel: string;
  variant?: 'primary' | 'danger';
  action: (v: Values) => Promise<R>;
  onSuccess: (result: R) => void;
}) {
  const t = useProfileText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(
      z.object({ password: z.string().min(1, t.enterPassword), code: z.string().trim().min(1, t.enterCode) }),
    ),
    defaultValues: { password: '', code: '' },
  });
  const mutation = useMutation({
    mutationFn: props.action,
    // Results may be recovery codes: never keep them in the cache.
    gcTime: 0,
    onSuccess: (r) => {
      form.reset();
      props.onSuccess(r);
    },
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['password', 'code'] })),
  });
  return (
    <form
      className="stack"
      noValidate
      aria-label={props.title}
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setServerErrors([]);
          mutation.mutate(v);
        })(e)
      }
    >
      <h3>{props.title}</h3>
      {props.help && <p className="muted">{props.help}</p>}
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <PasswordField
        control={form.control}
        name="password"
        label={t.password}
        autoComplete="current-password"
        required
      />
      <TextField
        control={form.control}
        name="code"
        label={t.code}
        autoComplete="one-time-code"
        spellCheck={false}
        required
      />
      <div>
        <SubmitButton
          control={form.control}
          pending={mutation.isPending}
          variant={props.variant ?? 'primary'}
        >
          {props.submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
