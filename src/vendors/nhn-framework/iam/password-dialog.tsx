import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { applyServerErrors, FormErrorSummary, PasswordField, SubmitButton } from '@/components/form';
import { useSetIamPassword } from '../queries/iam';
import { useOrgId } from '../shared/use-org-id';
import type { IamOrgMember } from '../wire/iam';
import { useIamText, type IamText } from './iam-text';

const schema = (t: IamText) =>
  z
    .object({ password: z.string().min(1, t.passwordRequired), confirm: z.string() })
    .refine((v) => v.password === v.confirm, { path: ['confirm'], message: t.passwordMismatch });

type Values = z.infer<ReturnType<typeof schema>>;

/**
 * Sets an IAM account's password (#37). The org's password policy is enforced by NHN Cloud, which names
 * the broken rules (10005); the password never leaves this form's state.
 */
export function PasswordDialog({ member, onClose }: { member: IamOrgMember; onClose: () => void }) {
  const t = useIamText();
  const orgId = useOrgId();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schema(t)),
    defaultValues: { password: '', confirm: '' },
    mode: 'onChange',
  });
  const set = useSetIamPassword(orgId, {
    onSuccess: onClose,
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: ['password'] })),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            set.mutate({ uuid: member.id, userCode: member.userCode, password: v.password });
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {t.passwordTitle(member.userCode)}
        </h2>
        <p className="muted">{t.passwordHelp}</p>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <PasswordField
          control={form.control}
          name="password"
          label={t.newPassword}
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
          <button type="button" className="btn" onClick={onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={set.isPending}>
            {t.setPassword}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
