import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { ErrorPanel } from '@/components/states';
import { RoleName } from '../wire/roles';
import { useScpText } from '../scp-text';
import { useScpAccountId } from '../account';
import { formatDocument, usePolicyCheck } from '../policies/document-check';
import { POLICY_VERSION } from '../policies/engine/policy-schema';
import { useCreateRole } from './mutations';
import { SessionField, sessionValid, TrustPolicyField } from './role-fields';
import { useRolesText } from './roles-text';

const starter = (accountId: string | undefined) =>
  formatDocument({
    Version: POLICY_VERSION,
    Statement: [
      {
        Sid: 'statement1',
        Effect: 'Allow',
        Action: ['sts:AssumeRole'],
        Principal: accountId ? { Account: [accountId] } : '*',
      },
    ],
  });

/** A new role: name, description, session limit and trust policy; SCP answers 202 with the role. */
export function RoleForm() {
  const t = useRolesText();
  const s = useScpText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const { accountId } = useScpAccountId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [session, setSession] = useState('3600');
  const [text, setText] = useState<string | null>(null);
  const trust = text ?? starter(accountId);
  const { check, onValidate } = usePolicyCheck(trust);
  const ids = { name: useId(), description: useId() };
  const nameOk = RoleName.safeParse(name).success;
  const create = useCreateRole({
    onSuccess: (role) => void navigate(href(`roles/${encodeURIComponent(role.id)}`)),
    onError: () => undefined,
  });
  const blocked = !nameOk || !sessionValid(session) || check.blocked;
  return (
    <form
      className="stack scp-policy-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (blocked || !check.document) return;
        create.mutate({
          name,
          description,
          maxSessionDuration: Number(session),
          trustPolicy: check.document,
        });
      }}
    >
      <div className="field">
        <label htmlFor={ids.name}>{t.name}</label>
        <input
          id={ids.name}
          value={name}
          maxLength={64}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={name !== '' && !nameOk}
          aria-describedby={`${ids.name}-help`}
          onChange={(e) => setName(e.target.value)}
        />
        <span id={`${ids.name}-help`} className={name !== '' && !nameOk ? 'field-error' : 'field-help'}>
          {name !== '' && !nameOk ? t.nameInvalid : t.nameHelp}
        </span>
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{s.description}</label>
        <textarea
          id={ids.description}
          rows={2}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <SessionField value={session} onChange={setSession} />
      <TrustPolicyField value={trust} onChange={setText} check={check} onValidate={onValidate} />
      {create.isError && <ErrorPanel error={create.error} />}
      <div className="form-actions">
        {blocked && <span className="field-help">{t.blocked}</span>}
        <button type="submit" className="btn btn-primary" disabled={blocked || create.isPending}>
          {create.isPending ? t.saving : t.create}
        </button>
      </div>
    </form>
  );
}
