import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { CheckboxField, SelectField, TextField, type SelectOption } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import type { SelfRegistrationOptions } from '../wire';
import { applySsErrors } from './form-errors';
import { useUpdateSelfRegistration } from './mutations';
import { selfRegistrationQuery, setupQuery } from './queries';
import { SettingsForm } from './settings-form';
import { errorWords, useSettingsText } from './settings-text';

const BOOLEANS = [
  'manualApproval',
  'useIdv',
  'requireManagerApproval',
  'requirePolicyCheck',
  'sendPendingEmail',
  'sendRejectEmail',
  'sendSuccessEmail',
  'useAccountClaiming',
  'useKba',
] as const;
const STRINGS = [
  'defaultApprover',
  'idvFailResolution',
  'multipleIdvFailResolution',
  'primaryUsernamePreference',
  'secondaryUsernamePreference',
  'usernamePreferenceOtherAttrName',
  'secUsernamePreferenceOtherAttrName',
] as const;
const FIELDS = [...BOOLEANS, ...STRINGS];

const schema = z.object({
  ...(Object.fromEntries(BOOLEANS.map((k) => [k, z.boolean()])) as Record<
    (typeof BOOLEANS)[number],
    z.ZodBoolean
  >),
  ...(Object.fromEntries(STRINGS.map((k) => [k, z.string().trim()])) as Record<
    (typeof STRINGS)[number],
    z.ZodString
  >),
});
type Values = z.infer<typeof schema>;

const toValues = (o: SelfRegistrationOptions): Values => {
  const { instanceId: _ignored, ...rest } = o;
  return rest;
};

/** A select's options, keeping a stored value the list does not know so saving never changes it silently. */
const withCurrent = (options: SelectOption[], current: string): SelectOption[] =>
  current === '' || options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: current }];

/** SS7 and SS23: how people register themselves in this instance. */
export function SelfRegistrationTab({ instanceId }: { instanceId: number }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const query = useQuery({
    ...selfRegistrationQuery(id),
    select: (list) => list.find((o) => o.instanceId === instanceId) ?? null,
  });
  return (
    <QueryBoundary query={query} isEmpty={(o) => o === null} empty={<EmptyState title={t.notConfigured} />}>
      {(options) => options && <SelfRegistrationForm instanceId={instanceId} options={options} />}
    </QueryBoundary>
  );
}

function SelfRegistrationForm(props: { instanceId: number; options: SelfRegistrationOptions }) {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const setup = useQuery(setupQuery(id));
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({ resolver: zodResolver(schema), values: toValues(props.options) });
  const save = useUpdateSelfRegistration({
    onError: (err) => setServerErrors(applySsErrors(err, form.setError, FIELDS, errorWords(t))),
    onSuccess: () => form.reset(form.getValues()),
  });
  const usernameOptions = (setup.data?.usernameOptions ?? []).map((o) => ({
    value: String(o.id),
    label: o.name,
  }));
  const resolutions = [
    { value: 'reject', label: t.resolutionReject },
    { value: '', label: t.resolutionNone },
  ];
  const o = props.options;
  return (
    <SettingsForm
      form={form}
      title={t.tabSelfRegistration}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate({ instanceId: String(props.instanceId), data: { options: v } });
      }}
    >
      <fieldset className="stack">
        <legend>{t.registrationApproval}</legend>
        <CheckboxField control={form.control} name="manualApproval" label={t.manualApproval} />
        <TextField
          control={form.control}
          name="defaultApprover"
          label={t.defaultApprover}
          help={t.defaultApproverHelp}
          spellCheck={false}
        />
        <CheckboxField
          control={form.control}
          name="requireManagerApproval"
          label={t.requireManagerApproval}
        />
        <CheckboxField control={form.control} name="requirePolicyCheck" label={t.requirePolicyCheck} />
      </fieldset>
      <fieldset className="stack">
        <legend>{t.registrationIdentity}</legend>
        <CheckboxField control={form.control} name="useIdv" label={t.useIdv} />
        <SelectField
          control={form.control}
          name="idvFailResolution"
          label={t.idvFailResolution}
          options={withCurrent(resolutions, o.idvFailResolution)}
        />
        <SelectField
          control={form.control}
          name="multipleIdvFailResolution"
          label={t.multipleIdvFailResolution}
          options={withCurrent(resolutions, o.multipleIdvFailResolution)}
        />
        <CheckboxField control={form.control} name="useKba" label={t.useKba} />
        <CheckboxField control={form.control} name="useAccountClaiming" label={t.useAccountClaiming} />
      </fieldset>
      <fieldset className="stack">
        <legend>{t.registrationUsername}</legend>
        <SelectField
          control={form.control}
          name="primaryUsernamePreference"
          label={t.primaryUsernamePreference}
          options={withCurrent(usernameOptions, o.primaryUsernamePreference)}
        />
        <TextField
          control={form.control}
          name="usernamePreferenceOtherAttrName"
          label={t.usernamePreferenceOtherAttrName}
          spellCheck={false}
        />
        <SelectField
          control={form.control}
          name="secondaryUsernamePreference"
          label={t.secondaryUsernamePreference}
          options={withCurrent(usernameOptions, o.secondaryUsernamePreference)}
        />
        <TextField
          control={form.control}
          name="secUsernamePreferenceOtherAttrName"
          label={t.secUsernamePreferenceOtherAttrName}
          spellCheck={false}
        />
      </fieldset>
      <fieldset className="stack">
        <legend>{t.registrationEmails}</legend>
        <CheckboxField control={form.control} name="sendPendingEmail" label={t.sendPendingEmail} />
        <CheckboxField control={form.control} name="sendRejectEmail" label={t.sendRejectEmail} />
        <CheckboxField control={form.control} name="sendSuccessEmail" label={t.sendRegSuccessEmail} />
      </fieldset>
    </SettingsForm>
  );
}
