import { useId, useState, type SyntheticEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CodeEditor } from '@/components/code-editor';
import { QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { BrandingFile } from '../../wire';
import { brandingFileUrl } from '../api';
import { useContentText } from '../content-text';
import { describeSsError } from '../form-errors';
import { useUploadBrandingFile } from '../mutations';
import { brandingFilesQuery, brandingQuery } from '../queries';
import { errorWords, useSettingsText } from '../settings-text';

/** The API's limits on an upload (SS33): an image of 1 byte to 1 MB. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** SS4/SS3/SS33/SS34 for the images, SS5 (read-only) for the stylesheet variables. */
export function BrandingTab({ instanceId }: { instanceId: number }) {
  const t = useContentText();
  const { id } = useCurrentConnection();
  const files = useQuery(brandingFilesQuery(id, instanceId));
  const vars = useQuery(brandingQuery(id, instanceId));
  const [versions, setVersions] = useState<Record<number, number>>({});
  return (
    <div className="stack">
      <h2 className="cip-h2">{t.brandingFiles}</h2>
      <QueryBoundary query={files}>
        {(list) => (
          <div className="ss-scroll">
            <table className="cip-table">
              <caption className="visually-hidden">{t.brandingFiles}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.image}</th>
                  <th scope="col">{t.fileName}</th>
                  <th scope="col">{t.customized}</th>
                  <th scope="col">{t.upload}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((f) => (
                  <BrandingRow
                    key={f.fileId}
                    instanceId={instanceId}
                    file={f}
                    version={versions[f.fileId] ?? 0}
                    onUploaded={() => setVersions((v) => ({ ...v, [f.fileId]: (v[f.fileId] ?? 0) + 1 }))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryBoundary>
      <h2 className="cip-h2">{t.stylesheet}</h2>
      <p className="muted ss-help">{t.stylesheetHelp}</p>
      <QueryBoundary query={vars}>
        {(map) => (
          <CodeEditor
            label={t.stylesheetLabel}
            language="plaintext"
            readOnly
            height={200}
            value={Object.entries(map)
              .map(([k, v]) => `${k}: ${v};`)
              .join('\n')}
          />
        )}
      </QueryBoundary>
    </div>
  );
}

function BrandingRow(props: {
  instanceId: number;
  file: BrandingFile;
  version: number;
  onUploaded: () => void;
}) {
  const t = useContentText();
  const st = useSettingsText();
  const { id } = useCurrentConnection();
  const { file } = props;
  const inputId = useId();
  const ie9Id = useId();
  const errorId = useId();
  const [chosen, setChosen] = useState<File>();
  const [ie9, setIe9] = useState(false);
  const [error, setError] = useState('');
  const upload = useUploadBrandingFile({
    onSuccess: () => {
      setChosen(undefined);
      props.onUploaded();
    },
    onError: (err) => setError(describeSsError(err, errorWords(st))),
  });
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!chosen) {
      setError(t.chooseFile);
      return;
    }
    if (!chosen.type.startsWith('image/')) {
      setError(t.notAnImage);
      return;
    }
    if (chosen.size === 0 || chosen.size > MAX_UPLOAD_BYTES) {
      setError(t.tooLarge);
      return;
    }
    setError('');
    upload.mutate({ instanceId: props.instanceId, fileId: file.fileId, file: chosen, ie9 });
  };
  return (
    <tr>
      <td>
        <img
          className="ss-brand-img"
          src={brandingFileUrl(id, props.instanceId, file.fileId, { version: props.version })}
          alt={t.previewOf(file.name)}
        />
      </td>
      <th scope="row">
        {file.name}
        <div className="muted">
          {file.description} · <span className="mono">{file.fileName}</span>
        </div>
      </th>
      <td>
        {file.customized ? t.customized : t.factory}
        {file.ie9Customized && ` · ${t.ie9}`}
      </td>
      <td>
        <form className="stack ss-upload" onSubmit={submit} noValidate aria-label={t.uploadFor(file.name)}>
          <label htmlFor={inputId} className="visually-hidden">
            {t.uploadFor(file.name)}
          </label>
          <input
            id={inputId}
            type="file"
            accept="image/*"
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setChosen(e.target.files?.[0])}
          />
          <label className="checkbox" htmlFor={ie9Id}>
            <input id={ie9Id} type="checkbox" checked={ie9} onChange={(e) => setIe9(e.target.checked)} />
            {t.uploadIe9}
          </label>
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
          <div>
            <button type="submit" className="btn" disabled={upload.isPending}>
              {file.customized ? t.replace : t.upload}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
