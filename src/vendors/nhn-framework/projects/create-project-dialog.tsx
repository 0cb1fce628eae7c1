import { useId, useRef, useState } from 'react';
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
import { useNhnText, type NhnText } from '../nhn-text';
import { useCreateProject } from '../queries/projects';
import { useOrgId } from '../shared/use-org-id';

type Values = { projectName: string; description: string };

/** The vendor's limits (#2: name ≤ 40, description ≤ 100), checked before the call; the vendor rechecks. */
export const projectFormSchema = (t: NhnText) =>
  z.object({
    projectName: z.string().trim().min(1, t.projectNameRequired).max(40, t.projectNameTooLong),
    description: z.string().max(100, t.descriptionTooLong),
  });

export function CreateProjectDialog(props: { onClose: () => void; onCreated: (projectId: string) => void }) {
  const t = useNhnText();
  const orgId = useOrgId();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(projectFormSchema(t)),
    defaultValues: { projectName: '', description: '' },
    mode: 'onChange',
  });
  const create = useCreateProject({
    onSuccess: (r) => props.onCreated(r.project.projectId),
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['projectName', 'description'] })),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            create.mutate({
              orgId,
              projectName: v.projectName.trim(),
              ...(v.description ? { description: v.description } : {}),
            });
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {t.addProject}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="projectName"
          label={t.projectName}
          help={t.projectNameHelp}
          autoComplete="off"
          required
        />
        <TextAreaField
          control={form.control}
          name="description"
          label={t.description}
          help={t.descriptionHelp}
          rows={3}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending}>
            {t.create}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
