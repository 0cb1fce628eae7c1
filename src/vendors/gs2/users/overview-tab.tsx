import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, SubmitButton, TextAreaField } from '@/components/form';
import { useGs2Text } from '../gs2-text';
import { formatTime } from '../format';
import { useUpdateUser } from '../queries/users';
import { descriptionField } from '../shared/name-rules';
import { CopyButton } from '../shared/copy-button';
import type { User } from '../wire';
import { DeleteUserButton } from './delete-user-button';

export function OverviewTab({ user }: { user: User }) {
  const t = useGs2Text();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<{ description: string }>({
    resolver: zodResolver(z.object({ description: descriptionField(t) })),
    values: { description: user.description ?? '' },
  });
  const update = useUpdateUser({
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: ['description'] })),
  });
  return (
    <div className="stack">
      <dl className="gs2-facts">
        <dt>{t.name}</dt>
        <dd>
          <span className="mono">{user.name}</span> <span className="muted">({t.nameFixed})</span>
        </dd>
        <dt>{t.grn}</dt>
        <dd>
          <span className="mono">{user.userId}</span> <CopyButton value={user.userId} label={t.grn} />
        </dd>
        <dt>{t.created}</dt>
        <dd>{formatTime(user.createdAt)}</dd>
        <dt>{t.updated}</dt>
        <dd>{formatTime(user.updatedAt)}</dd>
      </dl>
      <form
        className="stack card"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            update.mutate({ userName: user.name, description: v.description });
          })(e)
        }
      >
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextAreaField control={form.control} name="description" label={t.description} rows={3} />
        <div className="form-actions">
          <SubmitButton control={form.control} pending={update.isPending} pendingLabel={t.saving}>
            {t.save}
          </SubmitButton>
        </div>
      </form>
      <div>
        <DeleteUserButton userName={user.name} />
      </div>
    </div>
  );
}
