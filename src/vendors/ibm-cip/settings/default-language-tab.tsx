import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { TextField } from '@/components/form';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { applySsErrors } from './form-errors';
import { useUpdateDefaultLanguage } from './mutations';
import { useRolesText } from './roles-text';
import { SettingsForm } from './settings-form';
import { errorWords, useSettingsText } from './settings-text';

/** The same rule the API applies to SS28's path (a 400 otherwise). */
const LANG_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i;

const lastSetKey = (connectionId: string) => `tessera:ibm-cip:default-language:${connectionId}`;
const LastSetSchema = z.object({ lang: z.string(), at: z.string() });

function readLastSet(key: string) {
  try {
    const parsed = LastSetSchema.safeParse(JSON.parse(localStorage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * SS28. The API has no call that reads the default language back, so the page says so and shows what was
 * last set from this browser (a language code is not a secret).
 */
export function DefaultLanguageTab() {
  const t = useRolesText();
  const st = useSettingsText();
  const { id } = useCurrentConnection();
  const key = lastSetKey(id);
  const [lastSet, setLastSet] = useState(() => readLastSet(key));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({ langCode: z.string().trim().regex(LANG_CODE, t.languageInvalid) });
  const form = useForm<{ langCode: string }>({
    resolver: zodResolver(schema),
    defaultValues: { langCode: lastSet?.lang ?? '' },
  });
  const save = useUpdateDefaultLanguage({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ['langCode'], errorWords(st))),
    onSuccess: (_r, v) => {
      const entry = { lang: v.lang, at: new Date().toISOString() };
      try {
        localStorage.setItem(key, JSON.stringify(entry));
      } catch {
        // Without storage the value is simply not remembered.
      }
      setLastSet(entry);
      form.reset({ langCode: v.lang });
    },
  });
  return (
    <SettingsForm
      form={form}
      title={st.tabLanguage}
      description={
        <>
          {t.languageNoRead} {lastSet && t.lastSet(lastSet.lang, new Date(lastSet.at).toLocaleString())}
        </>
      }
      pending={save.isPending}
      serverErrors={serverErrors}
      submitLabel={t.setLanguage}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate({ lang: v.langCode.trim().toLowerCase() });
      }}
    >
      <TextField
        control={form.control}
        name="langCode"
        label={t.languageCode}
        help={t.languageHelp}
        spellCheck={false}
        required
      />
    </SettingsForm>
  );
}
