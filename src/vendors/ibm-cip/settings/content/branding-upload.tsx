import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { CheckboxField, FormErrorSummary, SubmitButton } from '@/components/form';
import type { FieldError } from '@/lib/http/errors';
import type { BrandingFile } from '../../wire';
import { useContentText } from '../content-text';
import { applySsErrors } from '../form-errors';
import { useUploadBrandingFile } from '../mutations';
import { errorWords, useSettingsText } from '../settings-text';

/** The API's limits on an upload (SS33): an image of 1 byte to 1 MB in a part named `file`. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

type UploadValues = { file: File | null; ie9: boolean };

/** SS33/SS34: replaces one branding image of the instance, or its Internet Explorer 9 variant. */
export function BrandingUploadForm(props: {
  instanceId: number;
  file: BrandingFile;
  onUploaded: () => void;
}) {
  const t = useContentText();
  const st = useSettingsText();
  const inputId = useId();
  const errorId = useId();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const schema = z.object({
    // The input starts empty (null); the check turns it into the chosen File.
    file: z
      .custom<File | null>((v) => v instanceof File, { message: t.chooseFile })
      .pipe(z.instanceof(File))
      .refine((f) => f.type.startsWith('image/'), t.notAnImage)
      .refine((f) => f.size > 0 && f.size <= MAX_UPLOAD_BYTES, t.tooLarge),
    ie9: z.boolean(),
  });
  const form = useForm<UploadValues, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { file: null, ie9: false },
  });
  const upload = useUploadBrandingFile({
    onSuccess: () => {
      form.reset({ file: null, ie9: false });
      props.onUploaded();
    },
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ['file'], errorWords(st), [])),
  });
  return (
    <form
      className="stack ss-upload"
      noValidate
      aria-label={t.uploadFor(props.file.name)}
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setServerErrors([]);
          upload.mutate({
            instanceId: props.instanceId,
            fileId: props.file.fileId,
            file: v.file,
            ie9: v.ie9,
          });
        })(e)
      }
    >
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <Controller
        control={form.control}
        name="file"
        render={({ field, fieldState }) => (
          <div className="field">
            <label htmlFor={inputId} className="visually-hidden">
              {t.uploadFor(props.file.name)}
            </label>
            <input
              id={inputId}
              ref={field.ref}
              name={field.name}
              type="file"
              accept="image/*"
              aria-invalid={fieldState.error ? true : undefined}
              aria-describedby={fieldState.error ? errorId : undefined}
              onBlur={field.onBlur}
              onChange={(e) => field.onChange(e.target.files?.[0] ?? null)}
            />
            {fieldState.error && (
              <p id={errorId} className="field-error">
                {fieldState.error.message}
              </p>
            )}
          </div>
        )}
      />
      <CheckboxField control={form.control} name="ie9" label={t.uploadIe9} />
      <div>
        <SubmitButton control={form.control} pending={upload.isPending}>
          {props.file.customized ? t.replace : t.upload}
        </SubmitButton>
      </div>
    </form>
  );
}
