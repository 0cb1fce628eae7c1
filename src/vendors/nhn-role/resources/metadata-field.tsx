import { useId, useState } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { CodeEditor } from '@/components/code-editor';
import { METADATA_MAX, type ResourceFormValues } from './resource-rules';
import { useResourcesText } from './resources-text';

type MetadataLanguage = 'json' | 'plaintext';

const looksLikeJson = (v: string) => {
  if (v.trim() === '') return true;
  try {
    JSON.parse(v);
    return true;
  } catch {
    return false;
  }
};

/**
 * ROLE keeps metadata as opaque text (≤ 65,536 characters); JSON is the common use, so the editor checks
 * JSON by default, and plain text is one switch away since the vendor accepts any text.
 */
export function MetadataField({ control }: { control: Control<ResourceFormValues> }) {
  const t = useResourcesText();
  const meterId = useId();
  const formatId = useId();
  return (
    <Controller
      control={control}
      name="metadata"
      render={({ field, fieldState }) => (
        <MetadataEditor
          value={field.value}
          onChange={field.onChange}
          error={fieldState.error?.message}
          label={t.metadata}
          meterLabel={t.metadataSize(field.value.length, METADATA_MAX)}
          formatLabel={t.metadataFormat}
          options={{ json: t.formatJson, plaintext: t.formatText }}
          ids={{ meter: meterId, format: formatId }}
        />
      )}
    />
  );
}

function MetadataEditor(props: {
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  label: string;
  meterLabel: string;
  formatLabel: string;
  options: Record<MetadataLanguage, string>;
  ids: { meter: string; format: string };
}) {
  const [language, setLanguage] = useState<MetadataLanguage>(() =>
    looksLikeJson(props.value) ? 'json' : 'plaintext',
  );
  return (
    <div className="field res-metadata">
      <div className="row res-metadata-head">
        <span className="res-metadata-label">{props.label}</span>
        <label htmlFor={props.ids.format} className="res-inline-label">
          {props.formatLabel}
        </label>
        <select
          id={props.ids.format}
          value={language}
          onChange={(e) => setLanguage(e.target.value as MetadataLanguage)}
        >
          <option value="json">{props.options.json}</option>
          <option value="plaintext">{props.options.plaintext}</option>
        </select>
      </div>
      <CodeEditor
        label={props.label}
        language={language}
        value={props.value}
        onChange={props.onChange}
        height={180}
      />
      <div className="row res-meter">
        <meter
          id={props.ids.meter}
          min={0}
          max={METADATA_MAX}
          high={METADATA_MAX * 0.9}
          value={props.value.length}
          aria-label={props.meterLabel}
        />
        <span className="field-help">{props.meterLabel}</span>
      </div>
      {props.error && (
        <p className="field-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
