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
import {
  useCreateRoleGroup,
  useUpdateRoleGroupInfo,
  useUpdateRoleGroupRoles,
  type RoleGroupScope,
} from '../queries/role-groups';
import type { AssignRole, Role } from '../wire/common';
import { RolePicker } from './role-picker';
import { useRolesText, type RolesText } from './roles-text';

/** `create` asks for everything; `info` edits name and description (#24/#28); `roles` the list (#25/#29). */
export type GroupDialogMode =
  | { kind: 'create' }
  | { kind: 'info'; roleGroupId: string; roleGroupName: string; description: string }
  | { kind: 'roles'; roleGroupId: string; roleGroupName: string; roles: AssignRole[] };

type Values = { roleGroupName: string; description: string };

/** The console's limits (name ≤ 40, description ≤ 100); NHN Cloud checks names for duplicates (62004). */
export const groupInfoSchema = (t: RolesText) =>
  z.object({
    roleGroupName: z.string().trim().min(1, t.nameRequired).max(40, t.nameTooLong),
    description: z.string().max(100, t.descriptionTooLong),
  });

type Props = {
  scope: RoleGroupScope;
  mode: GroupDialogMode;
  catalogue: readonly Role[];
  onClose: () => void;
};

export function RoleGroupDialog({ scope, mode, catalogue, onClose }: Props) {
  const t = useRolesText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [roles, setRoles] = useState<AssignRole[]>(mode.kind === 'roles' ? mode.roles : []);
  const [rolesError, setRolesError] = useState('');
  const form = useForm<Values>({
    resolver: zodResolver(groupInfoSchema(t)),
    defaultValues:
      mode.kind === 'info'
        ? { roleGroupName: mode.roleGroupName, description: mode.description }
        : { roleGroupName: mode.kind === 'roles' ? mode.roleGroupName : '', description: '' },
    mode: 'onChange',
  });
  const handlers = {
    onSuccess: onClose,
    onError: (err: unknown) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['roleGroupName', 'description'] })),
  };
  const create = useCreateRoleGroup(scope, handlers);
  const info = useUpdateRoleGroupInfo(scope, handlers);
  const update = useUpdateRoleGroupRoles(scope, handlers);
  const pending = create.isPending || info.isPending || update.isPending;
  const withRoles = mode.kind !== 'info';
  const title =
    mode.kind === 'create'
      ? t.createGroup
      : mode.kind === 'info'
        ? t.editInfoTitle(mode.roleGroupName)
        : t.editRolesTitle(mode.roleGroupName);

  const submit = (v: Values) => {
    setServerErrors([]);
    if (withRoles && roles.length === 0) {
      setRolesError(t.rolesRequired);
      return;
    }
    setRolesError('');
    const body = {
      roleGroupName: v.roleGroupName.trim(),
      ...(v.description ? { description: v.description } : {}),
    };
    if (mode.kind === 'create') create.mutate({ ...body, roles });
    else if (mode.kind === 'info') info.mutate({ ...body, roleGroupId: mode.roleGroupId });
    else update.mutate({ roleGroupId: mode.roleGroupId, roleGroupName: mode.roleGroupName, roles });
  };

  return (
    <dialog ref={ref} className="confirm-dialog nhn-wide-dialog" aria-labelledby={titleId}>
      <form className="stack" noValidate onSubmit={(e) => void form.handleSubmit(submit)(e)}>
        <h2 id={titleId} className="confirm-title">
          {title}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        {mode.kind !== 'roles' && (
          <>
            <TextField
              control={form.control}
              name="roleGroupName"
              label={t.groupName}
              help={t.groupNameHelp}
              autoComplete="off"
              required
            />
            <TextAreaField
              control={form.control}
              name="description"
              label={t.description}
              help={t.descriptionHelp}
              rows={2}
            />
          </>
        )}
        {withRoles && (
          <>
            <RolePicker legend={t.roles} catalogue={catalogue} value={roles} onChange={setRoles} />
            {rolesError && (
              <p className="field-error" role="alert">
                {rolesError}
              </p>
            )}
          </>
        )}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={pending}>
            {mode.kind === 'create' ? t.create : t.save}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
