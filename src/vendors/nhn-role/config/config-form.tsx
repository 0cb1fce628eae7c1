import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { toast } from '@/components/toast';
import type { UpdateConfigRequest, TrailingSlashPolicyCode } from '../wire/config';
import { useRoleText } from '../role-text';
import type { RoleConn } from '../shared/use-role-conn';
import { useUpdateConfig } from './api';
import { useConfigText } from './config-text';

export type ConfigValues = {
  policy: TrailingSlashPolicyCode;
  ttl: string;
  size: string;
  sizeByPath: string;
  sizeTree: string;
};

const NUMBER_FIELDS = [
  ['ttl', 'cacheTtl'],
  ['size', 'cacheSize'],
  ['sizeByPath', 'cacheSizeByPath'],
  ['sizeTree', 'cacheSizeTree'],
] as const;

/** Only what changed goes to PUT /config; the vendor keeps every field it is not sent. */
export function configChanges(before: ConfigValues, after: ConfigValues): UpdateConfigRequest {
  const out: UpdateConfigRequest = {};
  if (after.policy !== before.policy) out.resourcePathTrailingSlashMatchPolicyCode = after.policy;
  for (const [field, wire] of NUMBER_FIELDS)
    if (after[field].trim() !== before[field].trim() && after[field].trim() !== '')
      out[wire] = Number(after[field].trim());
  return out;
}

/** Trailing-slash policy and cache sizes, saved with one PUT of the fields that changed. */
export function ConfigForm({ conn, initial }: { conn: RoleConn; initial: ConfigValues }) {
  const t = useConfigText();
  const r = useRoleText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const count = z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d{1,10}$/.test(s) && Number(s) <= 2_147_483_647), t.numberInvalid);
  const schema = z.object({
    policy: z.enum(['IDENTICAL_PATH', 'NON_IDENTICAL_PATH']),
    ttl: count,
    size: count,
    sizeByPath: count,
    sizeTree: count,
  });
  const form = useForm<ConfigValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onChange',
  });
  const update = useUpdateConfig(conn, {
    onSuccess: () => form.reset(form.getValues()),
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError)),
  });
  const numberField = (name: Exclude<keyof ConfigValues, 'policy'>, label: string) => (
    <TextField control={form.control} name={name} label={label} inputMode="numeric" autoComplete="off" />
  );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setServerErrors([]);
          const changes = configChanges(initial, v);
          if (Object.keys(changes).length === 0) toast.info(t.noChanges);
          else update.mutate(changes);
        })(e)
      }
    >
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <SelectField
        control={form.control}
        name="policy"
        label={t.policy}
        help={t.policyHelp}
        options={[
          { value: 'IDENTICAL_PATH', label: t.identical },
          { value: 'NON_IDENTICAL_PATH', label: t.nonIdentical },
        ]}
      />
      {numberField('ttl', t.ttl)}
      {numberField('size', t.size)}
      {numberField('sizeByPath', t.sizeByPath)}
      {numberField('sizeTree', t.sizeTree)}
      <div className="form-actions">
        <SubmitButton control={form.control} pending={update.isPending} pendingLabel={r.saving}>
          {r.save}
        </SubmitButton>
      </div>
    </form>
  );
}
