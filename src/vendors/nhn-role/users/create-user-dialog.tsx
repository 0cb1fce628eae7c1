import { useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { useRoleText } from '../role-text';
import { rolesAllQuery } from '../roles/api';
import { scopesAllQuery } from '../shared/api';
import type { RoleConn } from '../shared/use-role-conn';
import { useCreateUser } from './mutations';
import { descriptionField, userIdField } from './user-rules';
import { useUsersText } from './users-text';

type Assignment = { roleId: string; scopeId: string; policy: 'ALLOW' | 'DENY' };
type Values = { userId: string; description: string; assignments: Assignment[] };

/** Creates one user, optionally with role assignments, in a single POST /users. */
export function CreateUserDialog(props: {
  conn: RoleConn;
  onClose: () => void;
  onCreated: (userId: string) => void;
}) {
  const t = useUsersText();
  const r = useRoleText();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const roles = useQuery(rolesAllQuery(props.conn));
  const scopes = useQuery(scopesAllQuery(props.conn));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    userId: userIdField(t.userIdInvalid),
    description: descriptionField(t.descriptionTooLong),
    assignments: z
      .array(
        z.object({
          roleId: z.string().min(1, t.roleRequired),
          scopeId: z.string().min(1),
          policy: z.enum(['ALLOW', 'DENY']),
        }),
      )
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((a, i) => {
          const key = `${a.scopeId}\u0000${a.roleId}`;
          if (a.roleId && seen.has(key))
            ctx.addIssue({ code: 'custom', path: [i, 'roleId'], message: t.duplicateAssignment });
          seen.add(key);
        });
      }),
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { userId: '', description: '', assignments: [] },
    mode: 'onChange',
  });
  const rows = useFieldArray({ control: form.control, name: 'assignments' });
  const create = useCreateUser(props.conn, {
    onSuccess: (_r, v) => props.onCreated(v.userId),
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['userId', 'description'] })),
  });
  const roleOptions = (roles.data ?? []).map((x) => ({
    value: x.roleId,
    label: x.roleName ? `${x.roleId} — ${x.roleName}` : x.roleId,
  }));
  const scopeOptions = ['ALL', ...(scopes.data ?? []).map((s) => s.scopeId).filter((s) => s !== 'ALL')].map(
    (s) => ({ value: s, label: s }),
  );
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog" aria-labelledby="role-create-user-title">
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            create.mutate({
              userId: v.userId.trim(),
              description: v.description,
              roleRelations: v.assignments.map((a) => ({
                roleId: a.roleId,
                scopeId: a.scopeId,
                roleApplyPolicyCode: a.policy,
              })),
            });
          })(e)
        }
      >
        <h2 id="role-create-user-title" className="confirm-title">
          {t.createUser}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="userId"
          label={t.userId}
          help={t.userIdHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextAreaField control={form.control} name="description" label={t.descriptionLabel} rows={2} />
        <fieldset className="stack">
          <legend>{t.assignments}</legend>
          <p className="field-help">{t.assignmentsHelp}</p>
          {rows.fields.map((row, i) => (
            <div key={row.id} className="row role-condition-row">
              <SelectField
                control={form.control}
                name={`assignments.${i}.roleId`}
                label={t.role}
                options={roleOptions}
                placeholder={t.chooseRole}
                required
              />
              <SelectField
                control={form.control}
                name={`assignments.${i}.scopeId`}
                label={r.scope}
                options={scopeOptions}
              />
              <SelectField
                control={form.control}
                name={`assignments.${i}.policy`}
                label={t.policy}
                options={[
                  { value: 'ALLOW', label: r.allow },
                  { value: 'DENY', label: r.deny },
                ]}
              />
              <button type="button" className="btn btn-ghost" onClick={() => rows.remove(i)}>
                {t.removeAssignment(i + 1)}
              </button>
            </div>
          ))}
          <div>
            <button
              type="button"
              className="btn"
              onClick={() => rows.append({ roleId: '', scopeId: 'ALL', policy: 'ALLOW' })}
            >
              {t.addAssignment}
            </button>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {r.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.creating}>
            {t.createUser}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
