import { useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useModalDialog } from '@/components/confirm-dialog';
import { FormErrorSummary, SubmitButton, TextField } from '@/components/form';
import { useCredentialsText, type CredentialsText } from './credentials-text';
import { MAX_TOKEN_EXPIRY_SECONDS, MIN_TOKEN_EXPIRY_SECONDS } from '../wire/credentials';

type Values = { tokenExpiryPeriod: string };

export const lifetimeSchema = (t: CredentialsText) =>
  z.object({
    tokenExpiryPeriod: z
      .string()
      .trim()
      .regex(/^\d+$/, t.tokenLifetimeInvalid)
      .refine((v) => {
        const n = Number(v);
        return n >= MIN_TOKEN_EXPIRY_SECONDS && n <= MAX_TOKEN_EXPIRY_SECONDS;
      }, t.tokenLifetimeInvalid),
  });

/** Asks for the token lifetime; the parent runs the call and shows the secret once. */
export function RegisterKeyDialog(props: {
  pending: boolean;
  onClose: () => void;
  onSubmit: (tokenExpiryPeriod: number) => void;
}) {
  const t = useCredentialsText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const form = useForm<Values>({
    resolver: zodResolver(lifetimeSchema(t)),
    defaultValues: { tokenExpiryPeriod: String(MAX_TOKEN_EXPIRY_SECONDS) },
    mode: 'onChange',
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => void form.handleSubmit((v) => props.onSubmit(Number(v.tokenExpiryPeriod)))(e)}
      >
        <h2 id={titleId} className="confirm-title">
          {t.registerKey}
        </h2>
        <FormErrorSummary control={form.control} />
        <TextField
          control={form.control}
          name="tokenExpiryPeriod"
          label={t.tokenLifetime}
          help={t.tokenLifetimeHelp}
          inputMode="numeric"
          required
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={props.pending}>
            {t.registerKey}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
