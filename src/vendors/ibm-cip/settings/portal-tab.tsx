import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { CheckboxField } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import type { PortalOptions } from '../wire';
import { applySsErrors } from './form-errors';
import { useUpdateSelfService } from './mutations';
import { portalQuery, selfServiceQuery } from './queries';
import { SettingsForm } from './settings-form';
import { errorWords, useSettingsText } from './settings-text';

/** SS9 (read-only: the API has no update) and the tenant-wide SS15/SS29 self-deletion switch. */
export function PortalTab({ instanceId }: { instanceId: number }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const portal = useQuery({
    ...portalQuery(id),
    select: (list) => list.find((o) => o.instanceId === instanceId) ?? null,
  });
  const selfService = useQuery(selfServiceQuery(id));
  return (
    <div className="stack">
      <QueryBoundary
        query={portal}
        isEmpty={(o) => o === null}
        empty={<EmptyState title={t.notConfigured} />}
      >
        {(options) => options && <PortalColumns options={options} />}
      </QueryBoundary>
      <QueryBoundary query={selfService}>
        {(s) => <SelfServiceForm selfDeletable={s.selfDeletable} />}
      </QueryBoundary>
    </div>
  );
}

function PortalColumns({ options }: { options: PortalOptions }) {
  const t = useSettingsText();
  const tables = [
    { title: t.userColumns, columns: options.userColumns },
    { title: t.serviceColumns, columns: options.serviceColumns },
  ];
  return (
    <div className="stack ss-card">
      <p className="muted ss-help">
        <span className="ss-badge">{t.readOnly}</span> {t.readOnlyHelp}
      </p>
      {tables.map(({ title, columns }) => (
        <table key={title} className="cip-table">
          <caption className="ss-caption">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colOrder}</th>
              <th scope="col">{t.colAttribute}</th>
              <th scope="col">{t.colAttributeId}</th>
            </tr>
          </thead>
          <tbody>
            {columns.length === 0 && (
              <tr>
                <td colSpan={3}>{t.noColumns}</td>
              </tr>
            )}
            {[...columns]
              .sort((a, b) => a.columnOrder - b.columnOrder)
              .map((c) => (
                <tr key={`${String(c.columnOrder)}-${c.attributeName}`}>
                  <td>{c.columnOrder}</td>
                  <td className="mono">{c.attributeName}</td>
                  <td>{c.attributeTypeId}</td>
                </tr>
              ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}

const schema = z.object({ selfDeletable: z.boolean() });
type Values = z.infer<typeof schema>;

function SelfServiceForm({ selfDeletable }: { selfDeletable: boolean }) {
  const t = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(schema), values: { selfDeletable } });
  const save = useUpdateSelfService({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, ['selfDeletable'], errorWords(t))),
    onSuccess: () => form.reset(form.getValues()),
  });
  return (
    <SettingsForm
      form={form}
      title={t.selfServiceTitle}
      description={t.allInstances}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate(v);
      }}
    >
      <CheckboxField control={form.control} name="selfDeletable" label={t.selfDeletable} />
    </SettingsForm>
  );
}
