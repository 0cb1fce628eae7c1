import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import type { TokenType } from '../wire';
import { useIssueToken } from '../queries/tokens';
import { resolveUids } from '../groups/resolve-users';
import { useTokensText } from './tokens-text';

type Values = { type: string; uid: string; sessionId: string };
type Issued = { value: string; type: string; uid: string; expiry: number };

/**
 * V5 for a user picked by name. The value is handed to SecretOnce and the mutation reset at once, so it
 * lives only in that dialog's state until the user acknowledges it.
 */
export function IssueTokenForm(props: {
  types: readonly TokenType[];
  initialType: TokenType | undefined;
  initialUid: string;
}) {
  const { types } = props;
  const t = useTokensText();
  const { id } = useCurrentConnection();
  const secret = useSecretOnce();
  const [meta, setMeta] = useState<Omit<Issued, 'value'>>();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z
    .object({ type: z.string().min(1), uid: z.string().trim().min(1, t.userRequired), sessionId: z.string() })
    .refine((v) => v.type !== 'federationContextToken' || v.sessionId.trim() !== '', {
      path: ['sessionId'],
      message: t.sessionIdRequired,
    });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      type: props.initialType ?? types[0] ?? 'passwordResetToken',
      uid: props.initialUid,
      sessionId: '',
    },
  });
  const type = useWatch({ control: form.control, name: 'type' });
  const issue = useIssueToken({
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const submit = form.handleSubmit(async (v) => {
    setServerErrors([]);
    const { uuids, unknown } = await resolveUids(id, [v.uid.trim()]);
    const [uuid] = uuids;
    if (unknown.length > 0 || uuid === undefined) {
      form.setError('uid', { message: t.unknownUser(v.uid.trim()) });
      return;
    }
    const extensionData =
      v.type === 'federationContextToken'
        ? JSON.stringify({ user_session_id: v.sessionId.trim() })
        : undefined;
    issue.mutate(
      { type: v.type as TokenType, uuid, extensionData },
      {
        onSuccess: (entry) => {
          setMeta({ type: entry.type, uid: v.uid.trim(), expiry: entry.expiry });
          secret.show(entry.value);
          issue.reset();
        },
      },
    );
  });
  return (
    <section className="stack cip-card" aria-labelledby="cip-token-issue">
      <h2 id="cip-token-issue" className="cip-h2">
        {t.issueTitle}
      </h2>
      <form className="stack" noValidate aria-label={t.issueTitle} onSubmit={(e) => void submit(e)}>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <SelectField
          control={form.control}
          name="type"
          label={t.tokenType}
          options={types.map((k) => ({ value: k, label: k }))}
        />
        <TextField control={form.control} name="uid" label={t.userName} autoComplete="off" required />
        {type === 'federationContextToken' && (
          <TextField
            control={form.control}
            name="sessionId"
            label={t.sessionId}
            help={t.sessionIdHelp}
            autoComplete="off"
            required
          />
        )}
        <div>
          <SubmitButton control={form.control} pending={issue.isPending} pendingLabel={t.issuing}>
            {t.issue}
          </SubmitButton>
        </div>
      </form>
      {secret.value && meta && (
        <SecretOnce
          title={t.issuedTitle(meta.type)}
          label={t.issuedLabel}
          value={secret.value}
          description={t.issuedDescription(meta.uid, meta.expiry)}
          onClose={() => {
            secret.clear();
            setMeta(undefined);
          }}
        />
      )}
    </section>
  );
}
