import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { HttpError, type FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  SubmitButton,
  TextField,
} from '@/components/form';
import { useCipText } from '../cip-text';
import { useCreateUser } from '../queries/users';

/** The name fields the create form offers; everything else is added afterwards on the Attributes tab. */
const CREATE_FIELDS = ['givenName', 'middleName', 'sn', 'mail'] as const;

const schema = z.object({
  // A user name may not hold "/" or spaces: it is a path segment of every user call.
  uid: z
    .string()
    .trim()
    .regex(/^[^/\s]{1,256}$/, 'Enter a user name without spaces or "/".'),
  account: z.boolean(),
  givenName: z.string().trim(),
  middleName: z.string().trim(),
  sn: z.string().trim(),
  mail: z.union([z.literal(''), z.email('Enter an email address.')]),
});
type Values = z.infer<typeof schema>;

/** U5: name defaults (givenName and sn to the user name, cn joined) are the server's and are explained. */
export function CreateUserDialog(props: { onClose: () => void; onCreated: (uid: string) => void }) {
  const t = useCipText();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { uid: '', account: true, givenName: '', middleName: '', sn: '', mail: '' },
  });
  const create = useCreateUser({
    onSuccess: (_uuid, v) => props.onCreated(v.uid),
    onError: (err) => {
      // The duplicate-name refusal belongs to the user name field, in the vendor's own words.
      if (err instanceof HttpError && err.code === 'AccountCreateError') {
        form.setError('uid', { message: err.detail ?? t.nameTaken }, { shouldFocus: true });
        setServerErrors([]);
      } else setServerErrors(applyServerErrors(err, form.setError, { fields: [] }));
    },
  });
  const labels: Record<(typeof CREATE_FIELDS)[number], string> = {
    givenName: t.givenName,
    middleName: t.middleName,
    sn: t.sn,
    mail: t.colMail,
  };
  return (
    <dialog ref={ref} className="confirm-dialog cip-dialog" aria-labelledby="cip-create-user-title">
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            const attributes = Object.fromEntries(
              CREATE_FIELDS.filter((k) => v[k] !== '').map((k) => [k, v[k]]),
            );
            create.mutate({ uid: v.uid, account: v.account, attributes });
          })(e)
        }
      >
        <h2 id="cip-create-user-title" className="confirm-title">
          {t.createUser}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="uid"
          label={t.colUid}
          help={t.uidHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <CheckboxField control={form.control} name="account" label={t.isAccount} help={t.isAccountHelp} />
        {CREATE_FIELDS.map((k) => (
          <TextField
            key={k}
            control={form.control}
            name={k}
            label={labels[k]}
            type={k === 'mail' ? 'email' : 'text'}
            autoComplete="off"
            {...(k === 'givenName' || k === 'sn' ? { help: t.defaultsToUid } : {})}
          />
        ))}
        <p className="field-help">{t.cnHelp}</p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.creating}>
            {t.createUser}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
