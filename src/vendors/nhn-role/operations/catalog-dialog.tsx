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
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import type { CatalogDef, CatalogItem } from './catalog';
import { useCatalogText } from './catalog-text';
import { useCreateCatalogItem, useUpdateCatalogItem } from './catalog-mutations';

type Values = { id: string; description: string };

/** Creates an item (`editing` absent) or edits the description of one; the ID never changes after creation. */
export function CatalogDialog(props: {
  def: CatalogDef;
  conn: RoleConn;
  editing?: CatalogItem;
  onClose: () => void;
}) {
  const { def, conn, editing } = props;
  const t = useCatalogText();
  const r = useRoleText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const noun = def.kind === 'operations' ? t.operationsNoun : t.scopesNoun;
  const schema = z.object({
    id: editing ? z.string() : z.string().trim().regex(def.idPattern, t.idInvalid(def.idMax)),
    description: z.string().max(128, t.descriptionTooLong),
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { id: editing?.id ?? '', description: editing?.description ?? '' },
    mode: 'onChange',
  });
  const onError = (err: unknown) =>
    setServerErrors(applyServerErrors(err, form.setError, { fields: ['id', 'description'] }));
  const create = useCreateCatalogItem(def, conn, { onSuccess: props.onClose, onError });
  const update = useUpdateCatalogItem(def, conn, { onSuccess: props.onClose, onError });
  const pending = create.isPending || update.isPending;
  const title = editing ? t.editTitle(editing.id) : t.create(noun);
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            const description = v.description === '' ? null : v.description;
            if (editing) update.mutate({ id: editing.id, description });
            else create.mutate({ id: v.id.trim(), description });
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {title}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        {!editing && (
          <TextField
            control={form.control}
            name="id"
            label={def.kind === 'operations' ? t.operationsId : t.scopesId}
            help={t.idHelp(def.idMax)}
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
        <TextAreaField control={form.control} name="description" label={t.description} rows={2} />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {r.cancel}
          </button>
          <SubmitButton
            control={form.control}
            pending={pending}
            pendingLabel={editing ? r.saving : t.creating}
          >
            {editing ? r.save : t.create(noun)}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
