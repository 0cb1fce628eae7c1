import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { applyServerErrors, FormErrorSummary, SubmitButton, TextField } from '@/components/form';
import { toast } from '@/components/toast';
import { useAddAppKey } from '../queries/app-keys';
import { useCredentialsText, type CredentialsText } from './credentials-text';

type Values = { appkeyAlias: string };

/** #47: the alias is required and at most 100 characters; NHN Cloud rechecks both. */
export const appKeyFormSchema = (t: CredentialsText) =>
  z.object({
    appkeyAlias: z.string().trim().min(1, t.appKeyAliasRequired).max(100, t.appKeyAliasTooLong),
  });

export function AddAppKeyDialog(props: { projectId: string; onClose: () => void }) {
  const t = useCredentialsText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(appKeyFormSchema(t)),
    defaultValues: { appkeyAlias: '' },
    mode: 'onChange',
  });
  const add = useAddAppKey({
    onSuccess: (r) => {
      toast.success(t.appKeyAdded(r.authentication.appKey));
      props.onClose();
    },
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: ['appkeyAlias'] })),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            add.mutate({ projectId: props.projectId, appkeyAlias: v.appkeyAlias.trim() });
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {t.addAppKey}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="appkeyAlias"
          label={t.appKeyAlias}
          help={t.appKeyAliasHelp}
          autoComplete="off"
          required
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={add.isPending}>
            {t.addAppKey}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
