import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  FormErrorSummary,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { QueryBoundary } from '@/components/states';
import type { TokenConfigResponse, TokenType } from '../wire';
import { tokenConfigQuery, useSetTokenConfig } from '../queries/tokens';
import { useTokensText } from './tokens-text';

type Values = { expiry: string; tokenLength: string; extensionData: string };

const isJsonObject = (s: string) => {
  try {
    const v: unknown = JSON.parse(s);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
};

/** V3 → V4 for one type. */
export function TokenConfigPanel({ type }: { type: TokenType }) {
  const t = useTokensText();
  const { id } = useCurrentConnection();
  const query = useQuery(tokenConfigQuery(id, type));
  return (
    <section className="stack cip-card" aria-labelledby="cip-token-config">
      <h2 id="cip-token-config" className="cip-h2">
        {t.configTitle(type)}
      </h2>
      <p className="field-help">{t.purpose(type)}</p>
      <QueryBoundary query={query}>
        {(config) => <TokenConfigForm key={JSON.stringify(config)} type={type} config={config} />}
      </QueryBoundary>
    </section>
  );
}

function TokenConfigForm({ type, config }: { type: TokenType; config: TokenConfigResponse['entry'] }) {
  const t = useTokensText();
  const otp = type === 'oneTimePasscodeToken';
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    expiry: z
      .string()
      .trim()
      .regex(/^[1-9]\d*$/, t.expiryInvalid),
    tokenLength: otp
      ? z
          .string()
          .trim()
          .regex(/^\d+$/, t.lengthInvalid)
          .refine((v) => Number(v) >= 1 && Number(v) <= 19, t.lengthInvalid)
      : z.string(),
    extensionData: z.string().refine((v) => v.trim() === '' || isJsonObject(v), t.jsonInvalid),
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      expiry: config.expiry,
      tokenLength: config.tokenLength ?? '',
      extensionData: config.extensionData ?? '',
    },
  });
  const save = useSetTokenConfig({
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const submit = form.handleSubmit((v) => {
    setServerErrors([]);
    save.mutate({
      type,
      expiry: Number(v.expiry),
      tokenLength: otp ? Number(v.tokenLength) : undefined,
      extensionData: v.extensionData,
    });
  });
  return (
    <form className="stack" noValidate aria-label={t.configTitle(type)} onSubmit={(e) => void submit(e)}>
      <p role="note" className="cip-banner">
        {t.replaceWarning}
      </p>
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <TextField
        control={form.control}
        name="expiry"
        label={t.expiry}
        inputMode="numeric"
        required
        suffix={<span className="muted">{t.seconds}</span>}
      />
      {otp && (
        <TextField
          control={form.control}
          name="tokenLength"
          label={t.tokenLength}
          help={t.tokenLengthHelp}
          inputMode="numeric"
          required
        />
      )}
      <TextAreaField
        control={form.control}
        name="extensionData"
        label={t.extensionData}
        help={t.extensionDataHelp}
        rows={2}
      />
      <div>
        <SubmitButton control={form.control} pending={save.isPending} pendingLabel={t.saving}>
          {t.save}
        </SubmitButton>
      </div>
    </form>
  );
}
