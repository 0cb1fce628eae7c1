import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { useGs2Text } from '../gs2-text';
import { useCreateUser } from '../queries/users';
import { descriptionField, nameField } from '../shared/name-rules';
import { NameRulesList } from '../shared/name-rules-list';

type Values = { name: string; description: string };

export function CreateUserDialog(props: { onClose: () => void; onCreated: (name: string) => void }) {
  const t = useGs2Text();
  // Null: the browser focuses the first field when the dialog opens.
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(z.object({ name: nameField(t, 'user'), description: descriptionField(t) })),
    defaultValues: { name: '', description: '' },
    mode: 'onChange',
  });
  const create = useCreateUser({
    onSuccess: (user) => props.onCreated(user.name),
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['name', 'description'] })),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="gs2-create-user-title">
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            create.mutate(v);
          })(e)
        }
      >
        <h2 id="gs2-create-user-title" className="confirm-title">
          {t.createUser}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="name"
          label={t.name}
          help={t.nameHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <NameRulesList control={form.control} name="name" />
        <TextAreaField control={form.control} name="description" label={t.description} rows={3} />
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
