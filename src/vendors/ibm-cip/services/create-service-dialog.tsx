import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { useCreateService } from '../queries/services';
import { useServicesText } from './services-text';
import { serviceNameProblem } from './service-attributes';

type Values = { name: string; parent: string };

/** S18, optionally under a parent; the name rules are the API's (252 characters, "names" reserved). */
export function CreateServiceDialog(props: {
  names: readonly string[];
  onClose: () => void;
  onCreated: (name: string) => void;
}) {
  const t = useServicesText();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    name: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const problem = serviceNameProblem(v);
        if (problem)
          ctx.addIssue({ code: 'custom', message: problem === 'reserved' ? t.nameReserved : t.nameInvalid });
      }),
    parent: z.string(),
  });
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', parent: '' } });
  const create = useCreateService({
    onSuccess: (_r, v) => props.onCreated(v.name),
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const submit = form.handleSubmit((v) => {
    setServerErrors([]);
    create.mutate({ name: v.name, parent: v.parent });
  });
  return (
    <dialog ref={ref} className="confirm-dialog cip-dialog" aria-labelledby="cip-create-service-title">
      <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
        <h2 id="cip-create-service-title" className="confirm-title">
          {t.createService}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="name"
          label={t.serviceName}
          help={t.serviceNameHelp}
          autoComplete="off"
          required
        />
        <SelectField
          control={form.control}
          name="parent"
          label={t.parent}
          options={[{ value: '', label: t.noParent }, ...props.names.map((n) => ({ value: n, label: n }))]}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.creating}>
            {t.createService}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
