import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { FormErrorSummary, SubmitButton, TextAreaField, TextField } from '@/components/form';
import type { RoleBundleProtocol } from '../wire/roles';
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import { useSaveRole } from './role-mutations';
import { placeRoleError, roleFormSchema, type RoleFormValues } from './role-rules';
import { useRoleFormText } from './role-form-text';

const defaults = (r: RoleBundleProtocol | undefined): RoleFormValues => ({
  roleId: r?.roleId ?? '',
  roleName: r?.roleName ?? '',
  roleGroup: r?.roleGroup ?? '',
  description: r?.description ?? '',
  exposureOrder: String(r?.exposureOrder ?? 0),
  tags: (r?.roleTags ?? []).map((x) => x.roleTagId).join(', '),
});

/**
 * Creates a role (`editing` absent) or edits one's name, group, description, exposure order and tags. The
 * role ID is fixed once created (ROLE has no rename). A refusal keeps everything typed.
 */
export function RoleDialog(props: {
  conn: RoleConn;
  editing?: RoleBundleProtocol;
  onClose: () => void;
  onCreated?: (roleId: string) => void;
}) {
  const { conn, editing } = props;
  const t = useRoleFormText();
  const r = useRoleText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<RoleFormValues>({
    resolver: zodResolver(
      roleFormSchema(
        {
          idInvalid: t.idInvalid,
          tooLong: t.tooLong,
          orderInvalid: t.orderInvalid,
          tagInvalid: t.tagInvalid,
        },
        !!editing,
      ),
    ),
    defaultValues: defaults(editing),
    mode: 'onChange',
  });
  const shown = editing
    ? (['roleName', 'roleGroup', 'description', 'exposureOrder', 'tags'] as const)
    : (['roleId', 'roleName', 'roleGroup', 'description', 'exposureOrder', 'tags'] as const);
  const save = useSaveRole(conn, !!editing, {
    onSuccess: (_res, v) => {
      if (!editing && props.onCreated) props.onCreated(v.roleId.trim());
      else props.onClose();
    },
    onError: (err) => setServerErrors(placeRoleError(err, form.setError, shown)),
  });
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            save.mutate(v);
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {editing ? t.editTitle(editing.roleId) : t.createRole}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        {!editing && (
          <TextField
            control={form.control}
            name="roleId"
            label={t.roleId}
            help={t.idHelp}
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
        <TextField control={form.control} name="roleName" label={t.name} autoComplete="off" />
        <TextField
          control={form.control}
          name="roleGroup"
          label={t.group}
          help={t.groupHelp}
          autoComplete="off"
        />
        <TextAreaField control={form.control} name="description" label={t.description} rows={2} />
        <TextField
          control={form.control}
          name="exposureOrder"
          label={t.exposureOrder}
          help={t.orderHelp}
          inputMode="numeric"
          required
        />
        <TextField
          control={form.control}
          name="tags"
          label={t.tags}
          help={t.tagsHelp}
          autoComplete="off"
          spellCheck={false}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {r.cancel}
          </button>
          <SubmitButton
            control={form.control}
            pending={save.isPending}
            pendingLabel={editing ? r.saving : t.creating}
          >
            {editing ? r.save : t.createRole}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
