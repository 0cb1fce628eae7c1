import { useId, type ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FormErrorSummary, SubmitButton } from '@/components/form';
import type { FieldError } from '@/lib/http/errors';
import { useSettingsText } from './settings-text';
import { useUnsavedChanges } from './unsaved-guard';

export type SettingsFormProps<T extends FieldValues> = {
  form: UseFormReturn<T>;
  title: string;
  description?: ReactNode;
  pending: boolean;
  serverErrors: readonly FieldError[];
  onValid: (values: T) => void;
  children: ReactNode;
  /** Text of the submit button, "Save" when absent. */
  submitLabel?: string;
};

/**
 * The frame every settings form shares: a titled card, the error summary, an "unsaved changes" mark,
 * save and discard, and the guard that asks before leaving with unsaved changes. What was typed stays
 * in the form when a save fails.
 */
export function SettingsForm<T extends FieldValues>(props: SettingsFormProps<T>) {
  const { form, title, description, pending, serverErrors, onValid, children } = props;
  const t = useSettingsText();
  const titleId = useId();
  const dirty = form.formState.isDirty;
  useUnsavedChanges(dirty);
  return (
    <form
      className="stack ss-card"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(e) => void form.handleSubmit(onValid)(e)}
    >
      <div className="row ss-form-head">
        <h2 id={titleId} className="cip-h2">
          {title}
        </h2>
        <span role="status" className="ss-dirty">
          {dirty ? t.unsaved : ''}
        </span>
      </div>
      {description && <p className="muted ss-help">{description}</p>}
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      {children}
      <div className="form-actions">
        <SubmitButton control={form.control} pending={pending} pendingLabel={t.saving}>
          {props.submitLabel ?? t.save}
        </SubmitButton>
        <button type="button" className="btn" disabled={!dirty || pending} onClick={() => form.reset()}>
          {t.resetForm}
        </button>
      </div>
    </form>
  );
}

/** A value the API shows but cannot change, marked as such. */
export function ReadOnlyValue({ label, value }: { label: string; value: ReactNode }) {
  const t = useSettingsText();
  return (
    <div className="ss-readonly">
      <dt>{label}</dt>
      <dd>
        {value}{' '}
        <span className="ss-badge" title={t.readOnlyHelp}>
          {t.readOnly}
        </span>
      </dd>
    </div>
  );
}

/** Integer text for number inputs: forms hold strings, the API wants numbers. */
export const toInt = (s: string) => Number.parseInt(s.trim(), 10);
