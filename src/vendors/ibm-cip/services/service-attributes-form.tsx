import { useState } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import type { ServiceEntry } from '../wire';
import { userByUuidQuery } from '../queries/options';
import { useUpdateService } from '../queries/services';
import { resolveUids } from '../groups/resolve-users';
import { valuesOf } from '../users/attributes';
import { useServicesText } from './services-text';
import { useServiceLabels } from './service-labels';
import {
  looksLikeUuid,
  REMINDERS,
  SERVICE_ATTRS,
  SERVICE_SECTIONS,
  serviceChanges,
  toServiceForm,
  type ServiceFormValues,
} from './service-attributes';

const DAYS = SERVICE_ATTRS.filter((a) => a.kind === 'days').map((a) => a.name);
const USERS = SERVICE_ATTRS.filter((a) => a.kind === 'user').map((a) => a.name);

/**
 * S8 editor over the documented attributes, grouped as §8.5 suggests. Only changed attributes are sent;
 * user fields take a user name or a gtwayUUID and are resolved to the UUID the API stores.
 */
export function ServiceAttributesForm({ name, entry }: { name: string; entry: ServiceEntry }) {
  const t = useServicesText();
  const labels = useServiceLabels();
  const { id } = useCurrentConnection();
  const [initial] = useState(() => toServiceForm(entry));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [note, setNote] = useState<string>();
  const schema = z.record(z.string(), z.union([z.string(), z.boolean()])).superRefine((v, ctx) => {
    for (const d of DAYS) {
      const value = v[d];
      if (typeof value === 'string' && value.trim() !== '' && !/^\d+$/.test(value.trim()))
        ctx.addIssue({ code: 'custom', path: [d], message: t.daysInvalid });
    }
  });
  const form = useForm<ServiceFormValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const update = useUpdateService({
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const submit = form.handleSubmit(async (values) => {
    setServerErrors([]);
    setNote(undefined);
    const changes = serviceChanges(initial, values);
    for (const field of USERS) {
      const v = changes[field];
      if (v === undefined || v === '' || looksLikeUuid(v)) continue;
      const { uuids, unknown } = await resolveUids(id, [v.trim()]);
      const [uuid] = uuids;
      if (unknown.length > 0 || uuid === undefined) {
        form.setError(field, { message: t.unknownUser(v) });
        return;
      }
      changes[field] = uuid;
    }
    if (Object.keys(changes).length === 0) setNote(t.noChanges);
    else update.mutate({ name, changes });
  });
  return (
    <form className="stack" noValidate aria-label={t.tabAttributes} onSubmit={(e) => void submit(e)}>
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      {SERVICE_SECTIONS.map((section) => (
        <fieldset key={section.key} className="cip-grid">
          <legend>{t[section.key]}</legend>
          {section.attrs.map(([attr, kind]) => {
            const label = labels.attr[attr] ?? attr;
            switch (kind) {
              case 'boolean':
                return <CheckboxField key={attr} control={form.control} name={attr} label={label} />;
              case 'days':
                return (
                  <TextField
                    key={attr}
                    control={form.control}
                    name={attr}
                    label={label}
                    inputMode="numeric"
                    suffix={<span className="muted">{t.days}</span>}
                  />
                );
              case 'action':
                return (
                  <SelectField
                    key={attr}
                    control={form.control}
                    name={attr}
                    label={label}
                    options={REMINDERS.map((r) => ({ value: r, label: labels.reminder[r] ?? r }))}
                  />
                );
              case 'user':
                return (
                  <TextField
                    key={attr}
                    control={form.control}
                    name={attr}
                    label={label}
                    spellCheck={false}
                    autoComplete="off"
                    help={<UserHint control={form.control} name={attr} />}
                  />
                );
              case 'long':
                return <TextAreaField key={attr} control={form.control} name={attr} label={label} rows={2} />;
              case 'text':
                return <TextField key={attr} control={form.control} name={attr} label={label} />;
            }
          })}
        </fieldset>
      ))}
      <div role="status">{note && <p className="muted">{note}</p>}</div>
      <div>
        <SubmitButton control={form.control} pending={update.isPending} pendingLabel={t.saving}>
          {t.save}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Says whose gtwayUUID a user field holds, or that nobody has it any more. */
function UserHint({ control, name }: { control: Control<ServiceFormValues>; name: string }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const value = useWatch({ control, name });
  const uuid = typeof value === 'string' && looksLikeUuid(value) ? value.trim() : '';
  const user = useQuery({ ...userByUuidQuery(id, uuid), enabled: uuid !== '' });
  if (uuid === '') return t.userFieldHelp;
  if (user.isPending) return `${t.userFieldHelp} …`;
  const uid = valuesOf(user.data?.uid)[0];
  return uid ? t.resolvesTo(uid) : t.orphanUser;
}
