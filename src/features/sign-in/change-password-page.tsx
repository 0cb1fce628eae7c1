import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { HttpError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import { AuthCard } from './auth-card';
import { FormAlert } from './form-alert';
import { PlainField } from './plain-field';
import { useAfterSignIn } from './after-sign-in';
import { postPasswordChange } from './sign-in-requests';
import { useSignInText } from './sign-in-text';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
const MIN = 12;
const MAX = 200;

/** The forced password change after first sign-in or an admin's reset; the server allows nothing else until done. */
export function ChangePasswordPage() {
  const t = useSignInText();
  const { proceed } = useAfterSignIn();
  const [values, setValues] = useState<Record<Field, string>>({
    currentPassword: '',
    newPassword: '',
    confirmPassword: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const mutation = useMutation({
    mutationFn: () => postPasswordChange(values.currentPassword, values.newPassword),
    onSuccess: (session) => {
      toast.success(t.passwordChanged);
      proceed(session);
    },
    onError: (err) => {
      // The server names the field it refuses (wrong current password, reused password).
      if (err instanceof HttpError && err.fieldErrors.length > 0) {
        setErrors(Object.fromEntries(err.fieldErrors.map((f) => [f.field, f.message])));
      }
    },
    meta: { silent: true },
  });
  const set = (k: Field) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  const validate = (): Partial<Record<Field, string>> => ({
    ...(values.currentPassword ? {} : { currentPassword: t.enterPassword }),
    ...(values.newPassword.length < MIN
      ? { newPassword: t.tooShort }
      : values.newPassword.length > MAX
        ? { newPassword: t.tooLong }
        : {}),
    ...(values.confirmPassword === values.newPassword ? {} : { confirmPassword: t.mismatch }),
  });
  const showAlert =
    mutation.error !== null &&
    !(mutation.error instanceof HttpError && mutation.error.fieldErrors.length > 0);
  return (
    <AuthCard title={t.changeTitle}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found = validate();
          setErrors(found);
          if (Object.keys(found).length === 0 && !mutation.isPending) mutation.mutate();
        }}
      >
        <p className="muted">{t.changeIntro}</p>
        {showAlert && <FormAlert error={mutation.error} />}
        <PlainField
          label={t.currentPassword}
          name="currentPassword"
          type="password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          error={errors.currentPassword}
          autoComplete="current-password"
        />
        <PlainField
          label={t.newPassword}
          name="newPassword"
          type="password"
          value={values.newPassword}
          onChange={set('newPassword')}
          error={errors.newPassword}
          help={t.passwordRule}
          autoComplete="new-password"
        />
        <PlainField
          label={t.confirmPassword}
          name="confirmPassword"
          type="password"
          value={values.confirmPassword}
          onChange={set('confirmPassword')}
          error={errors.confirmPassword}
          autoComplete="new-password"
        />
        <div>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={mutation.isPending}
            aria-busy={mutation.isPending || undefined}
          >
            {mutation.isPending ? t.saving : t.save}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}

export default ChangePasswordPage;
