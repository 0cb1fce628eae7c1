import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  PasswordField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import { Password, UserName } from '../wire/users';
import { useScpText } from '../scp-text';
import { CheckList } from '../shared/check-list';
import { localized } from '../shared/localized';
import { allGroupsQuery, bindablePoliciesQuery, policyOptions } from '../shared/pickers';
import { useCreateUser } from './mutations';
import { useUsersText } from './users-text';

type Values = { user_name: string; password: string; temporary_password: boolean; description: string };
type Created = { id: string; name: string; url: string; password: string };

/** Creates a user with groups and policies at once; the password SCP echoes is shown once, then dropped. */
export function CreateUserDialog(props: { accountId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const href = useConnectionHref();
  const t = useUsersText();
  const secret = useSecretOnce();
  const [created, setCreated] = useState<Omit<Created, 'password'> | null>(null);
  if (created && secret.value)
    return (
      <SecretOnce
        title={t.passwordTitle}
        label={t.passwordLabel}
        value={secret.value}
        description={t.passwordBody(created.name, created.url)}
        onClose={() => {
          secret.clear();
          props.onClose();
          void navigate(href(`users/${encodeURIComponent(created.id)}`));
        }}
      />
    );
  return (
    <CreateUserForm
      accountId={props.accountId}
      onClose={props.onClose}
      onCreated={(c) => {
        secret.show(c.password);
        setCreated({ id: c.id, name: c.name, url: c.url });
      }}
    />
  );
}

function CreateUserForm(props: { accountId: string; onClose: () => void; onCreated: (c: Created) => void }) {
  const t = useUsersText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [policyIds, setPolicyIds] = useState<string[]>([]);
  const groups = useQuery(allGroupsQuery(id));
  const policies = useQuery(bindablePoliciesQuery(id));
  const form = useForm<Values>({
    resolver: zodResolver(
      z.object({
        user_name: localized(UserName, t.nameInvalid),
        password: localized(Password, t.passwordInvalid),
        temporary_password: z.boolean(),
        description: z.string().max(1000),
      }),
    ),
    defaultValues: { user_name: '', password: '', temporary_password: true, description: '' },
  });
  const create = useCreateUser({
    onSuccess: (r) => {
      create.reset();
      props.onCreated({ id: r.id, name: r.user_name ?? r.id, url: r.console_url, password: r.password });
    },
    onError: (err) =>
      setServerErrors(
        applyServerErrors(err, form.setError, {
          fields: ['user_name', 'password', 'temporary_password', 'description'],
        }),
      ),
  });
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="scp-create-user-title">
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            create.mutate({
              accountId: props.accountId,
              body: {
                user_name: v.user_name.trim(),
                password: v.password,
                temporary_password: v.temporary_password,
                description: v.description.trim() || null,
                group_ids: groupIds,
                policy_ids: policyIds,
              },
            });
          })(e)
        }
      >
        <h2 id="scp-create-user-title" className="confirm-title">
          {t.createUser}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="user_name"
          label={t.userName}
          help={t.userNameHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <PasswordField
          control={form.control}
          name="password"
          label={t.password}
          help={t.passwordHelp}
          autoComplete="new-password"
          required
        />
        <CheckboxField control={form.control} name="temporary_password" label={t.temporaryPassword} />
        <TextAreaField control={form.control} name="description" label={s.description} rows={2} />
        <CheckList
          legend={t.initialGroups}
          options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
          value={groupIds}
          onChange={setGroupIds}
          emptyText={groups.isPending ? t.pickerLoading : t.noChoices}
        />
        <CheckList
          legend={t.initialPolicies}
          options={policyOptions(policies.data)}
          value={policyIds}
          onChange={setPolicyIds}
          emptyText={policies.isPending ? t.pickerLoading : t.noChoices}
        />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {s.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending} pendingLabel={t.creating}>
            {t.createUser}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
