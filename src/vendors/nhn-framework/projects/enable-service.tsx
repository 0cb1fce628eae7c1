import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { SecretOnce, useSecretOnce } from '@/components/secret-once';
import { toast } from '@/components/toast';
import { hierarchyQuery } from '../queries/options';
import { useEnableProduct } from '../queries/products';
import { useServicesText } from './services-text';

type Shown = readonly [name: string, appKey: string, secretKey: string];

/** Picks a catalogue service not yet in use and turns it on; a returned secret key is shown once. */
export function EnableService({ projectId, inUse }: { projectId: string; inUse: ReadonlySet<string> }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const selectId = useId();
  const catalogue = useQuery(hierarchyQuery(id));
  const [choice, setChoice] = useState('');
  const secret = useSecretOnce<Shown>();
  const enable = useEnableProduct({
    onSuccess: (r, v) => {
      const name = catalogue.data?.find((p) => p.productId === v.productId)?.name ?? v.productId;
      setChoice('');
      if (r.secretKey) secret.show([name, r.appKey, r.secretKey] as const);
      else toast.success(t.enabled(name));
      enable.reset();
    },
  });
  const free = (catalogue.data ?? []).filter((p) => !inUse.has(p.productId));
  // The secret stays on screen even when this service was the last one free.
  const shown = secret.value && (
    <SecretOnce
      title={t.secretTitle(secret.value[0])}
      label={t.secretLabel}
      value={secret.value[2]}
      fileName={`${secret.value[0]}-secret-key.txt`}
      description={t.secretHelp(secret.value[1])}
      onClose={secret.clear}
    />
  );
  if (catalogue.isSuccess && free.length === 0)
    return (
      <>
        <p className="muted">{t.allInUse}</p>
        {shown}
      </>
    );
  return (
    <form
      className="row nhn-toolbar"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) enable.mutate({ projectId, productId: choice });
      }}
    >
      <div className="field">
        <label htmlFor={selectId}>{t.enableLabel}</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t.choose}</option>
          {free.map((p) => (
            <option key={p.productId} value={p.productId}>
              {p.path.length > 0 ? `${p.path.join(' › ')} › ${p.name}` : p.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary" disabled={!choice || enable.isPending}>
        {enable.isPending ? t.enabling : t.enable}
      </button>
      {shown}
    </form>
  );
}
