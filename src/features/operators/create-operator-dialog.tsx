import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { createOperator, operatorKeys, ROLES, type CreateOperatorVariables } from './api';
import { useOperatorsText } from './operators-text';

const FORM_ID = 'create-operator-form';
const EMPTY: CreateOperatorVariables = { username: '', displayName: '', role: 'viewer' };

/** The create form in a modal; on success the parent shows the one-time password. */
export function CreateOperatorDialog(props: {
  onClose: () => void;
  onCreated: (r: { username: string; oneTimePassword: string }) => void;
}) {
  const t = useOperatorsText();
  const qc = useQueryClient();
  // Null: the browser focuses the dialog's first field when it opens.
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    username: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, t.usernameFormat),
    displayName: z.string().trim().min(1, t.enterName).max(200),
    role: z.enum(ROLES),
  });
  const form = useForm<CreateOperatorVariables>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const mutation = useMutation({
    mutationFn: createOperator,
    // The one-time password must not linger in the mutation cache once the dialog is gone.
    gcTime: 0,
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: operatorKeys.all });
      props.onCreated({ username: r.operator.username, oneTimePassword: r.oneTimePassword });
    },
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['username', 'displayName', 'role'] })),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="create-operator-title">
      <form
        id={FORM_ID}
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            mutation.mutate(v);
          })(e)
        }
      >
        <h2 id="create-operator-title" className="confirm-title">
          {t.create}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="username"
          label={t.username}
          help={t.usernameHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextField
          control={form.control}
          name="displayName"
          label={t.displayName}
          autoComplete="off"
          required
        />
        <SelectField
          control={form.control}
          name="role"
          label={t.role}
          options={ROLES.map((r) => ({ value: r, label: t.roleName(r) }))}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={mutation.isPending} pendingLabel={t.creating}>
            {t.create}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
