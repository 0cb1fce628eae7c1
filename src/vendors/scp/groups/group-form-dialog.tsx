import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useCurrentConnection } from '@/lib/connection-context';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { GroupName, type Group } from '../wire/groups';
import { AccountGate } from '../account';
import { useScpText } from '../scp-text';
import { CheckList } from '../shared/check-list';
import { localized } from '../shared/localized';
import { bindablePoliciesQuery, policyOptions } from '../shared/pickers';
import { allUsersQuery } from '../users/api';
import { useGroupsText } from './groups-text';
import { useCreateGroup, useUpdateGroup } from './mutations';

type Values = { name: string; description: string };

/**
 * Create (with first members and policies) or edit. SCP's edit needs both name and description, so the
 * form always sends both.
 */
export function GroupFormDialog(props: { group?: Group; onClose: () => void; onSaved: (g: Group) => void }) {
  const t = useGroupsText();
  const s = useScpText();
  const { id } = useCurrentConnection();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const editing = props.group !== undefined;
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [policyIds, setPolicyIds] = useState<string[]>([]);
  const policies = useQuery({ ...bindablePoliciesQuery(id), enabled: !editing });
  const form = useForm<Values>({
    resolver: zodResolver(
      z.object({ name: localized(GroupName, t.nameInvalid), description: z.string().max(1000) }),
    ),
    defaultValues: { name: props.group?.name ?? '', description: props.group?.description ?? '' },
  });
  const onError = (err: unknown) =>
    setServerErrors(applyServerErrors(err, form.setError, { fields: ['name', 'description'] }));
  const create = useCreateGroup({ onSuccess: props.onSaved, onError });
  const update = useUpdateGroup({ onSuccess: props.onSaved, onError });
  const pending = create.isPending || update.isPending;
  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            const body = { name: v.name.trim(), description: v.description.trim() || null };
            if (props.group) update.mutate({ groupId: props.group.id, ...body });
            else create.mutate({ ...body, user_ids: userIds, policy_ids: policyIds });
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {editing ? t.editGroup : t.createGroup}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="name"
          label={t.groupName}
          help={t.groupNameHelp}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextAreaField control={form.control} name="description" label={s.description} rows={2} />
        {!editing && (
          <>
            <AccountGate>
              {(accountId) => <UserPicker accountId={accountId} value={userIds} onChange={setUserIds} />}
            </AccountGate>
            <CheckList
              legend={t.initialPolicies}
              options={policyOptions(policies.data)}
              value={policyIds}
              onChange={setPolicyIds}
              emptyText={policies.isPending ? t.pickerLoading : t.noChoices}
            />
          </>
        )}
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {s.cancel}
          </button>
          <SubmitButton
            control={form.control}
            pending={pending}
            pendingLabel={editing ? t.saving : t.creating}
          >
            {editing ? s.save : t.createGroup}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}

export function UserPicker(props: {
  accountId: string;
  value: string[];
  onChange: (v: string[]) => void;
  exclude?: ReadonlySet<string>;
  legend?: string;
}) {
  const t = useGroupsText();
  const { id } = useCurrentConnection();
  const users = useQuery(allUsersQuery(id, props.accountId));
  return (
    <CheckList
      legend={props.legend ?? t.initialMembers}
      options={(users.data ?? [])
        .filter((u) => !props.exclude?.has(u.id))
        .map((u) => ({ value: u.id, label: u.user_name ?? u.id, hint: u.email ?? undefined }))}
      value={props.value}
      onChange={props.onChange}
      emptyText={users.isPending ? t.pickerLoading : t.noChoices}
    />
  );
}
