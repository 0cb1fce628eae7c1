import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { CheckboxField } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import type { UsernameRecoveryOptions } from '../wire';
import { applySsErrors } from './form-errors';
import { useUpdateUsernameRecovery } from './mutations';
import { setupQuery, usernameRecoveryQuery } from './queries';
import { ReadOnlyValue, SettingsForm } from './settings-form';
import { errorWords, useSettingsText } from './settings-text';

const FIELDS = ['sendRecoveryEmail', 'showUsername'] as const;
const schema = z.object({ sendRecoveryEmail: z.boolean(), showUsername: z.boolean() });
type Values = z.infer<typeof schema>;

/** SS8 and SS26: how a user who forgot the user name gets it back. */
export function UsernameRecoveryTab({ instanceId }: { instanceId: number }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const query = useQuery({
    ...usernameRecoveryQuery(id),
    select: (list) => list.find((o) => o.instanceId === instanceId) ?? null,
  });
  return (
    <QueryBoundary query={query} isEmpty={(o) => o === null} empty={<EmptyState title={t.notConfigured} />}>
      {(options) => options && <UsernameRecoveryForm instanceId={instanceId} options={options} />}
    </QueryBoundary>
  );
}

function UsernameRecoveryForm(props: { instanceId: number; options: UsernameRecoveryOptions }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const setup = useQuery(setupQuery(id));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    values: { sendRecoveryEmail: props.options.sendRecoveryEmail, showUsername: props.options.showUsername },
  });
  const save = useUpdateUsernameRecovery({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, FIELDS, errorWords(t))),
    onSuccess: () => form.reset(form.getValues()),
  });
  const validation =
    setup.data?.usernameValidationOptions.find((o) => Number(o.id) === props.options.validationOptionId)
      ?.name ?? String(props.options.validationOptionId);
  return (
    <div className="stack">
      <SettingsForm
        form={form}
        title={t.tabUsernameRecovery}
        pending={save.isPending}
        serverErrors={serverErrors}
        onValid={(v) => {
          setServerErrors([]);
          save.mutate({ instanceId: String(props.instanceId), data: { options: v } });
        }}
      >
        <CheckboxField control={form.control} name="sendRecoveryEmail" label={t.sendRecoveryEmail} />
        <CheckboxField control={form.control} name="showUsername" label={t.showUsername} />
      </SettingsForm>
      <dl className="cip-attrs ss-card">
        <ReadOnlyValue label={t.validationOption} value={validation} />
      </dl>
    </div>
  );
}
