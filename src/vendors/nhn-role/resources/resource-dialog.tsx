import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError } from '@/lib/http/errors';
import { describeError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { toast } from '@/components/toast';
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import type { ResourceProtocol } from '../wire/resources';
import { MetadataField } from './metadata-field';
import { useCreateResource, useUpdateResource } from './mutations';
import {
  fieldOfError,
  resourceFormSchema,
  toWriteFields,
  uiPathOf,
  type ResourceFormValues,
} from './resource-rules';
import { useResourcesText } from './resources-text';
import { lastSegment, uiPathPrefix } from './tree-model';

export type ResourceDialogProps = {
  conn: RoleConn;
  /** The node a new resource goes under (undefined: top level), or the edited node's parent. */
  parent: ResourceProtocol | undefined;
  editing?: ResourceProtocol;
  onClose: () => void;
  onSaved: (resourceId: string | undefined) => void;
};

/** Adds a resource under a parent, or edits one in place (its tree position changes only through Move). */
export function ResourceDialog({ conn, parent, editing, onClose, onSaved }: ResourceDialogProps) {
  const t = useResourcesText();
  const r = useRoleText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  // An edit keeps the node's own uiPath prefix: its nearest existing parent may sit higher up.
  const parentUiPath = editing ? uiPathPrefix(editing.uiPath) : parent?.uiPath;
  const form = useForm<ResourceFormValues>({
    resolver: zodResolver(resourceFormSchema(t, editing?.resourceId, parentUiPath)),
    defaultValues: {
      resourceId: editing?.resourceId ?? '',
      name: editing?.name ?? (editing ? lastSegment(editing.uiPath) : ''),
      segment: editing ? lastSegment(editing.uiPath) : '',
      path: editing?.path ?? (parent ? `${parent.path.replace(/\/\*\*$/, '')}/` : '/'),
      priority: String(editing?.priority ?? 0),
      description: editing?.description ?? '',
      metadata: editing?.metadata ?? '',
    },
    mode: 'onTouched',
  });
  const onError = (err: unknown) => {
    const field = fieldOfError(err);
    if (field) {
      form.setError(field, { type: 'server', message: describeError(err) }, { shouldFocus: true });
      setServerErrors([]);
    } else setServerErrors(applyServerErrors(err, form.setError, { fields: [] }));
  };
  const done = (id: string | undefined, message: string) => {
    toast.success(message);
    onSaved(id);
    onClose();
  };
  const create = useCreateResource(conn, { onError });
  const update = useUpdateResource(conn, { onError });
  const [name, segment] = useWatch({ control: form.control, name: ['name', 'segment'] });
  const preview = uiPathOf(parentUiPath, { name, segment });
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog res-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            const fields = toWriteFields(parentUiPath, v);
            if (editing) {
              const id = v.resourceId.trim();
              const renamed = id !== editing.resourceId;
              update.mutate(
                { resourceId: editing.resourceId, body: { ...fields, newResourceId: renamed ? id : null } },
                { onSuccess: () => done(id, t.saved(fields.name)) },
              );
            } else {
              const id = v.resourceId.trim();
              create.mutate(
                { ...fields, resourceId: id === '' ? null : id },
                { onSuccess: () => done(id === '' ? undefined : id, t.created(fields.name)) },
              );
            }
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {editing ? t.editTitle(editing.name ?? editing.resourceId) : t.addTitle(parent?.name ?? t.topLevel)}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="resourceId"
          label={t.resourceId}
          help={editing ? t.renameHelp : t.resourceIdHelp}
          autoComplete="off"
          spellCheck={false}
          required={!!editing}
        />
        <TextField control={form.control} name="name" label={t.name} help={t.nameHelp} required />
        <TextField
          control={form.control}
          name="segment"
          label={t.segment}
          help={t.segmentHelp(preview)}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          control={form.control}
          name="path"
          label={t.path}
          help={t.pathHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextField
          control={form.control}
          name="priority"
          label={t.priority}
          help={t.priorityHelp}
          inputMode="numeric"
          required
        />
        <TextAreaField control={form.control} name="description" label={t.description} rows={2} />
        <MetadataField control={form.control} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {r.cancel}
          </button>
          <SubmitButton
            control={form.control}
            pending={create.isPending || update.isPending}
            pendingLabel={r.saving}
          >
            {editing ? r.save : t.add}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
