import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import type { FieldError } from '@/lib/http/errors';
import { useCurrentConnection } from '@/lib/connection-context';
import { applyServerErrors, FormErrorSummary, SubmitButton, TextField } from '@/components/form';
import { QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { useAttachGuard, useDetachGuard } from '../queries/credentials';
import { guardsQuery } from '../queries/options';
import { GS2_LIMITS } from '../wire';

/** `grn:gs2:{region}:{ownerId}:guard:{namespaceName}`, the GRN of a GS2-Guard namespace. */
export const GUARD_GRN_PATTERN = /^grn:gs2:[^:]*:[^:]+:guard:[^:]+$/;

export function GuardsPanel({ userName, clientId }: { userName: string; clientId: string }) {
  const t = useGs2Text();
  const { id } = useCurrentConnection();
  const headingId = useId();
  const query = useQuery(guardsQuery(id, userName, clientId));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<{ guardNamespaceId: string }>({
    resolver: zodResolver(
      z.object({
        guardNamespaceId: z
          .string()
          .trim()
          .max(GS2_LIMITS.grn, t.guardGrnInvalid)
          .regex(GUARD_GRN_PATTERN, t.guardGrnInvalid),
      }),
    ),
    defaultValues: { guardNamespaceId: '' },
  });
  const attach = useAttachGuard({
    onSuccess: () => form.reset({ guardNamespaceId: '' }),
    onError: (err) =>
      setServerErrors(applyServerErrors(err, form.setError, { fields: ['guardNamespaceId'] })),
  });
  const detach = useDetachGuard();
  return (
    <section className="stack gs2-guards" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.showGuards(clientId)}</h3>
      <p className="muted">{t.guardsHelp}</p>
      <QueryBoundary
        query={query}
        isEmpty={(d) => d.length === 0}
        empty={<p className="muted">{t.noGuards}</p>}
      >
        {(guards) => (
          <ul className="gs2-list">
            {guards.map((g) => (
              <li key={g} className="row">
                <span className="mono">{g}</span>
                <button
                  type="button"
                  className="btn"
                  aria-label={t.detachGuard(g)}
                  disabled={detach.isPending}
                  onClick={() => detach.mutate({ userName, clientId, guardNamespaceId: g })}
                >
                  {t.detach}
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryBoundary>
      <form
        className="row gs2-inline-form"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            attach.mutate({ userName, clientId, guardNamespaceId: v.guardNamespaceId });
          })(e)
        }
      >
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="guardNamespaceId"
          label={t.guardGrn}
          help={t.guardGrnHelp}
          spellCheck={false}
          autoComplete="off"
          required
        />
        <SubmitButton control={form.control} pending={attach.isPending} pendingLabel={t.attaching}>
          {t.attach}
        </SubmitButton>
      </form>
    </section>
  );
}
