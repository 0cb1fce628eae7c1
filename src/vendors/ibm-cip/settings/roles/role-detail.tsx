import { useState } from 'react';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { CheckboxField, TextField } from '@/components/form';
import { QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { VIEW_SECTIONS, type Role } from '../../wire';
import { applySsErrors } from '../form-errors';
import { useUpdateRole, useUpdateRolePriority } from '../mutations';
import { roleQuery, setupQuery } from '../queries';
import { useRolesText } from '../roles-text';
import { SettingsForm } from '../settings-form';
import { errorWords, useSettingsText } from '../settings-text';
import {
  fromRoleValues,
  prioritySchema,
  roleSchema,
  toRoleValues,
  type PriorityValues,
  type RoleValues,
} from './role-values';
import { RoleReference } from './role-reference';

const ROLE_FIELDS = ['name', 'description', 'apps', 'sections', 'preferences'] as const;

export function RoleDetail({ uuid }: { uuid: string }) {
  const t = useRolesText();
  const { id } = useCurrentConnection();
  const query = useQuery(roleQuery(id, uuid));
  return (
    <div className="stack">
      <Link to="?">{t.backToRoles}</Link>
      <QueryBoundary query={query}>
        {(r) => {
          const role = r.roles[0];
          return role ? (
            <>
              <h2 className="cip-h2">{t.roleTitle(role.name)}</h2>
              <RoleForm role={role} />
              <PriorityForm role={role} />
              <RoleReference role={role} />
            </>
          ) : null;
        }}
      </QueryBoundary>
    </div>
  );
}

function RoleForm({ role }: { role: Role }) {
  const t = useRolesText();
  const st = useSettingsText();
  const { id } = useCurrentConnection();
  const setup = useQuery(setupQuery(id));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<RoleValues>({ resolver: zodResolver(roleSchema(t)), values: toRoleValues(role) });
  const save = useUpdateRole({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ROLE_FIELDS, errorWords(st), [])),
    onSuccess: () => form.reset(form.getValues()),
  });
  const appName = (appId: number) =>
    setup.data?.applications.find((a) => Number(a.id) === appId)?.name ?? t.application(appId);
  return (
    <SettingsForm
      form={form}
      title={st.tabRoles}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate({ uuid: role.uuid, role: fromRoleValues(role, v) });
      }}
    >
      <TextField control={form.control} name="name" label={t.name} required />
      <TextField control={form.control} name="description" label={t.description} help={t.descriptionMax} />
      <fieldset className="stack">
        <legend>{t.applications}</legend>
        {[0, 1, 2, 3].map((i) => (
          <CheckboxField
            key={i}
            control={form.control}
            name={`apps.${i}.allowAccess`}
            label={appName(i + 1)}
          />
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t.sections}</legend>
        {VIEW_SECTIONS.map((s) => (
          <CheckboxField key={s} control={form.control} name={`sections.${s}`} label={s} />
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t.preferences}</legend>
        {Object.keys(role.preferences).map((p) => (
          <CheckboxField key={p} control={form.control} name={`preferences.${p}`} label={p} />
        ))}
      </fieldset>
    </SettingsForm>
  );
}

/** SS35: the role's priority and whether it is its instance's default. */
function PriorityForm({ role }: { role: Role }) {
  const t = useRolesText();
  const st = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<PriorityValues>({
    resolver: zodResolver(prioritySchema(st)),
    values: { clientRolePriority: String(role.clientRolePriority), defaultRole: role.defaultRole },
  });
  const save = useUpdateRolePriority({
    onError: (err) =>
      setServerErrors(
        applySsErrors(err, form.setError, ['clientRolePriority', 'defaultRole'], errorWords(st), []),
      ),
    onSuccess: () => form.reset(form.getValues()),
  });
  return (
    <SettingsForm
      form={form}
      title={t.priorityTitle}
      description={t.priorityHelp}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate({
          clientId: role.clientId,
          uuid: role.uuid,
          clientRolePriority: Number(v.clientRolePriority),
          defaultRole: v.defaultRole,
        });
      }}
    >
      <TextField
        control={form.control}
        name="clientRolePriority"
        label={t.priority}
        inputMode="numeric"
        required
      />
      <CheckboxField
        control={form.control}
        name="defaultRole"
        label={t.makeDefault}
        help={t.makeDefaultHelp}
      />
    </SettingsForm>
  );
}
