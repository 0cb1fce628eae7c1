import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { ErrorPanel } from '@/components/states';
import { SamlProviderName } from '../wire/saml-providers';
import { useScpText } from '../scp-text';
import { useCreateSamlProvider } from './mutations';
import { useSamlText } from './saml-text';

/** Name, description and the IdP's metadata file; SCP parses the file and says what is wrong with it. */
export function SamlUpload() {
  const t = useSamlText();
  const s = useScpText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const ids = { name: useId(), description: useId(), file: useId() };
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const create = useCreateSamlProvider({
    onSuccess: (p) => void navigate(href(`saml/${encodeURIComponent(p.id)}`)),
    onError: () => undefined,
  });
  const nameOk = SamlProviderName.safeParse(name.trim()).success;
  const ready = nameOk && file !== null;
  return (
    <form
      className="stack scp-policy-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) create.mutate({ name: name.trim(), description, file });
      }}
    >
      <div className="field">
        <label htmlFor={ids.name}>{t.name}</label>
        <input
          id={ids.name}
          value={name}
          maxLength={128}
          autoComplete="off"
          aria-describedby={`${ids.name}-help`}
          onChange={(e) => setName(e.target.value)}
        />
        <span id={`${ids.name}-help`} className="field-help">
          {t.nameHelp}
        </span>
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{s.description}</label>
        <textarea
          id={ids.description}
          rows={2}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.file}>{t.file}</label>
        <input
          id={ids.file}
          type="file"
          accept=".xml,application/xml,text/xml,application/samlmetadata+xml"
          aria-describedby={`${ids.file}-help`}
          onChange={(e) => {
            create.reset();
            setFile(e.target.files?.[0] ?? null);
          }}
        />
        <span id={`${ids.file}-help`} className="field-help">
          {t.fileHelp}
        </span>
      </div>
      {create.isError && <ErrorPanel title={t.uploadFailed} error={create.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!ready || create.isPending}>
          {create.isPending ? t.uploading : t.upload}
        </button>
      </div>
    </form>
  );
}
