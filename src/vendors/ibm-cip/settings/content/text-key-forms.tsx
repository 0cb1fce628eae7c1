import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import type { FieldError } from '@/lib/http/errors';
import { TEXT_KEY_TYPES } from '../../wire';
import { useContentText } from '../content-text';
import { applySsErrors } from '../form-errors';
import { useUpdateTextKeys } from '../mutations';
import { SettingsForm } from '../settings-form';
import { errorWords, useSettingsText } from '../settings-text';
import { useUnsavedChanges } from '../unsaved-guard';
import { textKeyUpdate, type TextKeyRow } from './text-key-rows';

// SS32 takes any text, the empty one included.
const editSchema = z.object({ value: z.string() });

/** The text of one key edited in place; a failed save keeps what was typed and says why. */
export function EditTextKeyCells(props: { instanceId: number; row: TextKeyRow; onDone: () => void }) {
  const { row, onDone } = props;
  const t = useContentText();
  const st = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<{ value: string }>({
    resolver: zodResolver(editSchema),
    defaultValues: { value: row.value },
  });
  const formId = `text-key-${row.lang}-${row.keyType}-${row.key}`;
  useUnsavedChanges(form.formState.isDirty);
  // Focus moves into the row being edited, so keyboard users continue where they pressed Edit.
  useEffect(() => form.setFocus('value'), [form]);
  const save = useUpdateTextKeys({
    onSuccess: onDone,
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ['value'], errorWords(st), [])),
  });
  return (
    <>
      <td>
        <form
          id={formId}
          noValidate
          onSubmit={(e) =>
            void form.handleSubmit((v) => {
              setServerErrors([]);
              save.mutate(textKeyUpdate(props.instanceId, { ...row, value: v.value }));
            })(e)
          }
        >
          <FormErrorSummary control={form.control} serverErrors={serverErrors} />
          <TextField
            control={form.control}
            name="value"
            label={<span className="visually-hidden">{t.textFor(row.key, row.lang)}</span>}
          />
        </form>
      </td>
      <td className="row">
        <SubmitButton control={form.control} form={formId} pending={save.isPending}>
          {t.save}
        </SubmitButton>
        <button type="button" className="btn" onClick={onDone}>
          {t.cancel}
        </button>
      </td>
    </>
  );
}

type AddValues = { lang: string; keyType: string; key: string; value: string };

/** A key the language does not have yet: SS32 adds keys as well as changing them. */
export function AddTextKeyForm({
  instanceId,
  languages,
}: {
  instanceId: number;
  languages: readonly string[];
}) {
  const t = useContentText();
  const st = useSettingsText();
  const langs = languages.length > 0 ? languages : ['en-us'];
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    lang: z.string().min(1),
    keyType: z.string().min(1),
    key: z.string().trim().min(1, t.keyRequired),
    value: z.string(),
  });
  const empty: AddValues = { lang: langs[0] ?? 'en-us', keyType: 'buttonKeys', key: '', value: '' };
  const form = useForm<AddValues>({ resolver: zodResolver(schema), defaultValues: empty });
  const save = useUpdateTextKeys({
    onSuccess: () => form.reset({ ...form.getValues(), key: '', value: '' }),
    onError: (err) =>
      setServerErrors(
        applySsErrors(err, form.setError, ['lang', 'keyType', 'key', 'value'], errorWords(st), []),
      ),
  });
  return (
    <SettingsForm
      form={form}
      title={t.addKey}
      pending={save.isPending}
      serverErrors={serverErrors}
      submitLabel={t.addKey}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate(textKeyUpdate(instanceId, { ...v, key: v.key.trim() }));
      }}
    >
      <div className="cip-grid">
        <SelectField
          control={form.control}
          name="lang"
          label={t.language}
          options={langs.map((l) => ({ value: l, label: l }))}
        />
        <SelectField
          control={form.control}
          name="keyType"
          label={t.keyType}
          options={TEXT_KEY_TYPES.map((k) => ({ value: k, label: k }))}
        />
        <TextField control={form.control} name="key" label={t.key} spellCheck={false} required />
        <TextField control={form.control} name="value" label={t.text} />
      </div>
    </SettingsForm>
  );
}
