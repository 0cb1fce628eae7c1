import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { CheckboxField, TextField } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import type { PasswordResetOptions } from '../wire';
import { applySsErrors } from './form-errors';
import { useUpdatePasswordReset } from './mutations';
import { passwordResetQuery, setupQuery } from './queries';
import { ReadOnlyValue, SettingsForm, toInt } from './settings-form';
import { errorWords, useSettingsText, type SettingsText } from './settings-text';

const FIELDS = ['sendSuccessEmail', 'sendUrlEmail', 'emailTokenExpire', 'kbaQuestionCount'] as const;

/** The API's own limits (SS24): a count of zero or more, a link lifetime above zero. */
const schema = (t: SettingsText) =>
  z.object({
    sendSuccessEmail: z.boolean(),
    sendUrlEmail: z.boolean(),
    emailTokenExpire: z
      .string()
      .trim()
      .regex(/^\d+$/, t.wholeNumber)
      .refine((s) => toInt(s) >= 1, t.atLeast(1)),
    kbaQuestionCount: z.string().trim().regex(/^\d+$/, t.wholeNumber),
  });
type Values = z.infer<ReturnType<typeof schema>>;

const toValues = (o: PasswordResetOptions): Values => ({
  sendSuccessEmail: o.sendSuccessEmail,
  sendUrlEmail: o.sendUrlEmail,
  emailTokenExpire: String(o.emailTokenExpire),
  kbaQuestionCount: String(o.kbaQuestionCount),
});

/** SS1 and SS24: what resetting a forgotten password asks of a user of this instance. */
export function PasswordResetTab({ instanceId }: { instanceId: number }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const query = useQuery(passwordResetQuery(id, instanceId));
  return (
    <QueryBoundary query={query} isEmpty={(o) => o === null} empty={<EmptyState title={t.notConfigured} />}>
      {(options) => options && <PasswordResetForm instanceId={instanceId} options={options} />}
    </QueryBoundary>
  );
}

function PasswordResetForm({ instanceId, options }: { instanceId: number; options: PasswordResetOptions }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const setup = useQuery(setupQuery(id));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(schema(t)), values: toValues(options) });
  const save = useUpdatePasswordReset({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, FIELDS, errorWords(t))),
    onSuccess: () => form.reset(form.getValues()),
  });
  const validation =
    setup.data?.passwordResetValidationOptions.find((o) => Number(o.id) === options.validationOptionId)
      ?.name ?? String(options.validationOptionId);
  return (
    <div className="stack">
      <SettingsForm
        form={form}
        title={t.tabPasswordReset}
        pending={save.isPending}
        serverErrors={serverErrors}
        onValid={(v) => {
          setServerErrors([]);
          save.mutate({
            instanceId: String(instanceId),
            data: {
              options: {
                sendSuccessEmail: v.sendSuccessEmail,
                sendUrlEmail: v.sendUrlEmail,
                kbaQuestionCount: toInt(v.kbaQuestionCount),
                emailTokenExpire: toInt(v.emailTokenExpire),
              },
            },
          });
        }}
      >
        <CheckboxField control={form.control} name="sendSuccessEmail" label={t.sendSuccessEmail} />
        <CheckboxField
          control={form.control}
          name="sendUrlEmail"
          label={t.sendUrlEmail}
          help={t.sendUrlEmailHelp}
        />
        <TextField
          control={form.control}
          name="emailTokenExpire"
          label={t.emailTokenExpire}
          help={t.emailTokenExpireHelp}
          inputMode="numeric"
        />
        <TextField
          control={form.control}
          name="kbaQuestionCount"
          label={t.kbaQuestionCount}
          help={t.kbaQuestionCountHelp}
          inputMode="numeric"
          required
        />
      </SettingsForm>
      <dl className="cip-attrs ss-card">
        <ReadOnlyValue label={t.sendTempEmail} value={options.sendTempEmail ? t.yes : t.no} />
        <ReadOnlyValue label={t.pwdTokenExpire} value={String(options.pwdTokenExpire)} />
        <ReadOnlyValue label={t.validationOption} value={validation} />
      </dl>
    </div>
  );
}
