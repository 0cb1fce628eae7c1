import { useId, useState } from 'react';
import { useContentText } from '../content-text';
import { fillSamples, findPlaceholders, previewDocument } from './placeholders';

/**
 * The template as a mail client would show it. The HTML goes into a sandboxed frame through `srcdoc`
 * with no `allow-scripts`, so nothing in a template can run in the console; the subject is plain text.
 */
export function TemplatePreview({ subject, body }: { subject: string; body: string }) {
  const t = useContentText();
  const [samples, setSamples] = useState(false);
  const sampleId = useId();
  const placeholders = findPlaceholders(subject, body);
  const show = (s: string) => (samples ? fillSamples(s) : s);
  return (
    <section className="stack ss-preview" aria-label={t.preview}>
      <div className="row">
        <h3 className="cip-h2">{t.preview}</h3>
        <label className="checkbox" htmlFor={sampleId}>
          <input
            id={sampleId}
            type="checkbox"
            checked={samples}
            onChange={(e) => setSamples(e.target.checked)}
          />
          {t.fillSamples}
        </label>
      </div>
      <p>
        <strong>{t.subject}:</strong> <span data-testid="preview-subject">{show(subject)}</span>
      </p>
      <iframe
        title={t.previewFrame}
        className="ss-preview-frame"
        sandbox=""
        referrerPolicy="no-referrer"
        srcDoc={previewDocument(show(body))}
      />
      <div>
        <h4 className="ss-h4">{t.placeholders}</h4>
        {placeholders.length === 0 ? (
          <p className="muted">{t.noPlaceholders}</p>
        ) : (
          <ul className="ss-chips" aria-label={t.placeholders}>
            {placeholders.map((p) => (
              <li key={p} className="mono">
                {p}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
