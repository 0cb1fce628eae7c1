import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  PasswordField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { IAMUserUpdateRequest, Password, type UserResponse } from '../wire/users';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { localized } from '../shared/localized';
import { useSetPassword, useUpdateUser } from './mutations';
import { useUsersText } from './users-text';

type Props = { accountId: string; user: UserResponse };

export function UserSecurityTab(props: Props) {
  return (
    <div className="stack">
      <PasswordCard {...props} />
      <SettingsCard {...props} />
    </div>
  );
}

/** PUT …/password. SCP echoes the password back; the console drops the answer (the admin typed it). */
function PasswordCard({ accountId, user }: Props) {
  const t = useUsersText();
  const headingId = useId();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<{ password: string; temporary_password: boolean }>({
    resolver: zodResolver(
      z.object({ password: localized(Password, t.passwordInvalid), temporary_password: z.boolean() }),
    ),
    defaultValues: { password: '', temporary_password: true },
  });
  const save = useSetPassword({
    onSuccess: () => {
      save.reset();
      form.reset({ password: '', temporary_password: true });
    },
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['password', 'temporary_password'] })),
  });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.resetPassword}</h2>
      <p className="muted">
        {t.passwordChanged}: {formatDate(user.last_password_update_at)}
      </p>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            save.mutate({ accountId, userId: user.id, ...v });
          })(e)
        }
      >
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <PasswordField
          control={form.control}
          name="password"
          label={t.newPassword}
          help={t.passwordHelp}
          autoComplete="new-password"
          required
        />
        <CheckboxField control={form.control} name="temporary_password" label={t.temporaryPassword} />
        <div>
          <SubmitButton control={form.control} pending={save.isPending} pendingLabel={t.resetting}>
            {t.resetPassword}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

type SettingsValues = { description: string; password_reuse_count: string };

/** PUT user: the reuse count is required by SCP, so the description is always sent with it. */
function SettingsCard({ accountId, user }: Props) {
  const t = useUsersText();
  const s = useScpText();
  const headingId = useId();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const reuse = IAMUserUpdateRequest.shape.password_reuse_count;
  const form = useForm<SettingsValues>({
    resolver: zodResolver(
      z.object({
        description: z.string().max(1000),
        password_reuse_count: z
          .string()
          .trim()
          .refine((v) => /^\d+$/.test(v) && reuse.safeParse(Number(v)).success, t.reuseInvalid),
      }),
    ),
    defaultValues: {
      description: user.description ?? '',
      password_reuse_count: String(user.password_reuse_count),
    },
  });
  const save = useUpdateUser({
    onSuccess: (_r, v) =>
      form.reset({ description: v.description ?? '', password_reuse_count: String(v.password_reuse_count) }),
    onError: (err) =>
      setServerErrors(
        applyServerErrors(err, form.setError, { fields: ['description', 'password_reuse_count'] }),
      ),
  });
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.settings}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            save.mutate({
              accountId,
              userId: user.id,
              description: v.description.trim() || null,
              password_reuse_count: Number(v.password_reuse_count),
            });
          })(e)
        }
      >
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="password_reuse_count"
          label={t.reuseCount}
          help={t.reuseHelp}
          inputMode="numeric"
          required
        />
        <TextAreaField control={form.control} name="description" label={s.description} rows={2} />
        <div>
          <SubmitButton control={form.control} pending={save.isPending} pendingLabel={t.saving}>
            {s.save}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
