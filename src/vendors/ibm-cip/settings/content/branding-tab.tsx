import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CodeEditor } from '@/components/code-editor';
import { QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { BrandingFile } from '../../wire';
import { brandingFileUrl } from '../api';
import { useContentText } from '../content-text';
import { brandingFilesQuery, brandingQuery } from '../queries';
import { BrandingUploadForm } from './branding-upload';

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
            language="css"
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
  const { id } = useCurrentConnection();
  const { file } = props;
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
        <BrandingUploadForm instanceId={props.instanceId} file={file} onUploaded={props.onUploaded} />
      </td>
    </tr>
  );
}
