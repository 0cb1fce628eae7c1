import { useEffect, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { CodeDiffEditor, CodeEditor } from '@/components/code-editor';
import { TextField } from '@/components/form';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { applySsErrors } from '../form-errors';
import { useUpdateEmailTemplate } from '../mutations';
import { SettingsForm } from '../settings-form';
import { errorWords, useSettingsText } from '../settings-text';
import { useContentText } from '../content-text';
import {
  clearDraft,
  draftKey,
  readDraft,
  sameFields,
  writeDraft,
  type TemplateFields,
} from './draft-storage';
import { TemplatePreview } from './template-preview';

const FIELDS = ['replyTo', 'subject', 'body'] as const;
const EMPTY: TemplateFields = { replyTo: '', subject: '', body: '' };
// SS27 takes any text in these fields; the form adds no rule the API does not have.
const schema = z.object({ replyTo: z.string(), subject: z.string(), body: z.string() });

export type TemplateEditorProps = {
  instanceId: number;
  typeId: number;
  typeName: string;
  lang: string;
  /** The saved translation, or undefined for a new one. */
  saved: TemplateFields | undefined;
};

/**
 * One translation of one email template. Every change is kept as a draft in localStorage until it is
 * saved or discarded, so a reload or a failed save loses nothing; the preview follows the typing.
 */
export function TemplateEditor(props: TemplateEditorProps) {
  const t = useContentText();
  const st = useSettingsText();
  const { id } = useCurrentConnection();
  const key = draftKey(id, props.instanceId, props.typeId, props.lang);
  const saved = props.saved ?? EMPTY;
  const [restored, setRestored] = useState(() => {
    const d = readDraft(key);
    return d && !sameFields(d, saved) ? d : null;
  });
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [compare, setCompare] = useState(false);
  const form = useForm<TemplateFields>({ resolver: zodResolver(schema), defaultValues: saved });
  const { setValue } = form;
  const [replyTo, subject, body] = useWatch({ control: form.control, name: ['replyTo', 'subject', 'body'] });

  // The draft is put back as an edit of the saved version, so the form counts it as unsaved changes.
  useEffect(() => {
    if (!restored) return;
    for (const f of FIELDS) setValue(f, restored[f], { shouldDirty: true });
    // Only once, on mount: later drafts are the user's own typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const fields = { replyTo, subject, body };
    if (sameFields(fields, saved)) clearDraft(key);
    else writeDraft(key, fields);
  }, [replyTo, subject, body, key, saved]);

  const save = useUpdateEmailTemplate({
    onError: (err) =>
      setServerErrors(
        applySsErrors(err, form.setError, FIELDS, errorWords(st), [
          'updatedData.0.languages.0.',
          'updatedData.',
        ]),
      ),
    onSuccess: () => {
      clearDraft(key);
      setRestored(null);
      form.reset(form.getValues());
    },
  });

  const discardDraft = () => {
    clearDraft(key);
    setRestored(null);
    form.reset(saved);
  };

  return (
    <div className="ss-template">
      <div className="stack">
        {restored && (
          <div className="cip-banner" role="status">
            <strong>{t.draftRestored}</strong>
            <p>{t.draftRestoredBody(new Date(restored.savedAt).toLocaleString())}</p>
            <button type="button" className="btn" onClick={discardDraft}>
              {t.discardDraft}
            </button>
          </div>
        )}
        <SettingsForm
          form={form}
          title={t.templateTitle(props.typeName, props.lang)}
          description={props.saved ? undefined : t.newTranslation}
          pending={save.isPending}
          serverErrors={serverErrors}
          onValid={(v) => {
            setServerErrors([]);
            save.mutate({
              instanceId: String(props.instanceId),
              updatedData: [{ emailTypeID: props.typeId, languages: [{ langCode: props.lang, ...v }] }],
            });
          }}
        >
          <TextField
            control={form.control}
            name="replyTo"
            label={t.replyTo}
            type="email"
            spellCheck={false}
          />
          <TextField control={form.control} name="subject" label={t.subject} />
          <Controller
            control={form.control}
            name="body"
            render={({ field }) => (
              <div className="field">
                <span className="field-label" aria-hidden="true">
                  {t.body}
                </span>
                <CodeEditor
                  label={t.body}
                  language="html"
                  value={field.value}
                  onChange={field.onChange}
                  height={280}
                />
              </div>
            )}
          />
          {body !== saved.body && (
            <label className="checkbox">
              <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} />
              {t.compareSaved}
            </label>
          )}
          {compare && body !== saved.body && (
            <CodeDiffEditor
              label={t.diffLabel}
              original={saved.body}
              modified={body}
              language="html"
              readOnly
              inline
              height={220}
            />
          )}
        </SettingsForm>
      </div>
      <TemplatePreview subject={subject} body={body} />
    </div>
  );
}
