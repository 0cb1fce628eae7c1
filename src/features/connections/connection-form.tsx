import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { toast } from '@/components/toast';
import type { FieldError } from '@/lib/http/errors';
import { paths } from '@/app/paths';
import { isVendorId, VENDOR_IDS } from '@/vendors/ids';
import type { VendorManifest } from '@/vendors/manifest-types';
import { manifestOf, vendorManifests } from '@/vendors/registry';
import { connectionKeys, createConnection, updateConnection, type Connection } from './api';
import { useConnectionsText } from './connections-text';
import { fieldsOf, type FieldSpec } from './manifest-fields';
import { useLocale } from '@/lib/i18n/locale';
import { SettingsFields, type ConnectionFormValues } from './settings-fields';

const FORM_ID = 'connection-form';

const manifestFor = (vendor: string): VendorManifest | undefined =>
  isVendorId(vendor) ? manifestOf(vendor) : undefined;

function initialValues(
  vendor: string,
  fields: readonly FieldSpec[],
  existing?: Connection,
): ConnectionFormValues {
  const settings = Object.fromEntries(
    fields.map((f) => [f.key, f.kind === 'secret' ? '' : (existing?.settings[f.key] ?? f.initial)]),
  );
  return {
    vendor,
    name: existing?.name ?? '',
    baseUrl: existing?.baseUrl ?? manifestFor(vendor)?.defaultBaseUrl ?? '',
    settings,
  };
}

/**
 * Create or edit one connection. The vendor's fields come from its manifest schema, which also validates
 * them here exactly as the server will; stored secrets are kept unless the admin replaces them.
 */
export function ConnectionForm({ existing }: { existing?: Connection }) {
  const t = useConnectionsText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [vendor, setVendor] = useState(existing?.vendor ?? '');
  const [replacing, setReplacing] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const { locale } = useLocale();
  const manifest = manifestFor(vendor);
  const fields = useMemo(() => (manifest ? fieldsOf(manifest, locale) : []), [manifest, locale]);
  const stored = existing ? (manifest?.secretFields ?? []).filter((k) => existing.settings[k] === 'set') : [];
  const kept = stored.filter((k) => !replacing.has(k));

  // The schema follows the vendor and the secrets being replaced; react-hook-form reads the resolver
  // passed on each render.
  const schema = z.object({
    vendor: z.string().min(1, t.chooseVendor),
    name: z.string().trim().min(1, t.enterName).max(100),
    baseUrl: z.string().trim().min(1, t.enterUrl).max(2000),
    settings: manifest
      ? manifest.connectionSchema.omit(Object.fromEntries(kept.map((k) => [k, true])) as Record<string, true>)
      : z.object({}),
  });
  const resolver = zodResolver(schema as z.ZodType<ConnectionFormValues, ConnectionFormValues>);
  const form = useForm<ConnectionFormValues>({
    resolver,
    defaultValues: initialValues(vendor, fields, existing),
  });

  const save = useMutation({
    // The variables hold the secrets typed in; they must not stay in the mutation cache.
    gcTime: 0,
    mutationFn: (v: ConnectionFormValues) => {
      const settings = Object.fromEntries(Object.entries(v.settings).filter(([k]) => !kept.includes(k)));
      return existing
        ? updateConnection(existing.id, { name: v.name, baseUrl: v.baseUrl, settings })
        : createConnection({ vendor: v.vendor, name: v.name, baseUrl: v.baseUrl, settings });
    },
    onSuccess: async (saved) => {
      form.reset(initialValues(saved.vendor, fields, saved));
      await qc.invalidateQueries({ queryKey: connectionKeys.all });
      toast.success(t.saved);
      void navigate(paths.connections.href());
    },
    onError: (err) =>
      setServerErrors(
        applyServerErrors(err, form.setError, {
          fields: ['vendor', 'name', 'baseUrl', ...fields.map((f) => `settings.${f.key}`)],
        }),
      ),
  });

  const chooseVendor = (next: string) => {
    setVendor(next);
    const nextManifest = manifestFor(next);
    form.reset(initialValues(next, nextManifest ? fieldsOf(nextManifest) : []));
  };

  return (
    <form
      id={FORM_ID}
      className="stack card"
      noValidate
      onSubmit={(e) =>
        void form.handleSubmit((v) => {
          setServerErrors([]);
          save.mutate(v);
        })(e)
      }
    >
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      {existing ? (
        <p>
          {t.vendor}: <strong>{manifest?.name ?? existing.vendor}</strong>
        </p>
      ) : (
        // The vendor decides every other field, so choosing one resets the form to that vendor's defaults.
        <div onChange={(e) => chooseVendor((e.target as unknown as HTMLSelectElement).value)}>
          <SelectField
            control={form.control}
            name="vendor"
            label={t.vendor}
            required
            placeholder
            options={VENDOR_IDS.filter((id) => vendorManifests[id]).map((id) => ({
              value: id,
              label: vendorManifests[id]?.name ?? id,
            }))}
          />
        </div>
      )}
      <TextField control={form.control} name="name" label={t.name} required autoComplete="off" />
      {manifest && (
        <>
          <TextField
            control={form.control}
            name="baseUrl"
            label={t.baseUrl}
            help={t.baseUrlHelp}
            type="url"
            required
            spellCheck={false}
          />
          <SettingsFields
            control={form.control}
            fields={fields}
            storedSecrets={stored}
            replacing={replacing}
            onReplace={(key, replace) => {
              const next = new Set(replacing);
              if (replace) next.add(key);
              else next.delete(key);
              form.setValue(`settings.${key}`, '');
              setReplacing(next);
            }}
          />
        </>
      )}
      <div className="row">
        <SubmitButton control={form.control} pending={save.isPending} pendingLabel={t.saving}>
          {t.save}
        </SubmitButton>
        <button type="button" className="btn" onClick={() => void navigate(paths.connections.href())}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
