import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  FormErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import type { UserEntry } from '../wire';
import { useCipText } from '../cip-text';
import { useUpdateUser } from '../queries/users';
import { attributeDef, valuesOf, type AttributeDef } from './attributes';
import { diffAttributes, editableNames, toEdited } from './attribute-diff';

type Values = { attrs: Record<string, string>; customName: string; customValue: string };

const SECTION_ORDER: readonly AttributeDef['section'][] = [
  'core',
  'organisation',
  'contact',
  'account',
  'advanced',
];

/** Every attribute the record holds, and an edit form generated from the catalogue. */
export function AttributesTab({ user, uid, uuid }: { user: UserEntry; uid: string; uuid: string }) {
  const t = useCipText();
  const [editing, setEditing] = useState(false);
  if (editing) return <AttributesForm user={user} uid={uid} uuid={uuid} onDone={() => setEditing(false)} />;
  const names = Object.keys(user).sort((a, b) => a.localeCompare(b));
  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
          {t.editAttributes}
        </button>
      </div>
      <dl className="cip-attrs">
        {names.map((n) => (
          <div key={n}>
            <dt>{n}</dt>
            <dd>
              {valuesOf(user[n]).map((v, i) => (
                <span key={i} className="cip-value">
                  {v}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function AttributesForm({
  user,
  uid,
  uuid,
  onDone,
}: {
  user: UserEntry;
  uid: string;
  uuid: string;
  onDone: () => void;
}) {
  const t = useCipText();
  const names = useMemo(() => editableNames(user), [user]);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<Values>({
    defaultValues: { attrs: toEdited(user, names), customName: '', customValue: '' },
  });
  const update = useUpdateUser({
    onSuccess: onDone,
    onError: (err) => setServerErrors(applyServerErrors(err, form.setError, { fields: [] })),
  });
  const sectionLabel: Record<AttributeDef['section'], string> = {
    core: t.sectionCore,
    organisation: t.sectionOrganisation,
    contact: t.sectionContact,
    account: t.sectionAccount,
    advanced: t.sectionAdvanced,
  };
  const submit = form.handleSubmit((v) => {
    setServerErrors([]);
    const edited = { ...v.attrs };
    const custom = v.customName.trim();
    if (custom !== '') {
      if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(custom) || attributeDef(custom).readOnly) {
        form.setError('customName', { message: t.attrInvalid });
        return;
      }
      edited[custom] = v.customValue;
    }
    const diff = diffAttributes(user, edited);
    if (Object.keys(diff.existing).length === 0 && Object.keys(diff.added).length === 0) {
      onDone();
      return;
    }
    update.mutate({ uid, uuid, ...diff });
  });
  return (
    <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <FormErrorSummary control={form.control} serverErrors={serverErrors} />
      <p className="field-help">{t.editHelp}</p>
      {SECTION_ORDER.map((section) => {
        const defs = names.map(attributeDef).filter((d) => d.section === section);
        if (defs.length === 0) return null;
        return (
          <fieldset key={section} className="cip-section">
            <legend>{sectionLabel[section]}</legend>
            <div className="cip-grid">
              {defs.map((d) => {
                const name = `attrs.${d.name}` as const;
                if (d.kind === 'boolean')
                  return (
                    <SelectField
                      key={d.name}
                      control={form.control}
                      name={name}
                      label={d.name}
                      options={
                        d.name === 'gtwayIsManager'
                          ? [
                              { value: 'TRUE', label: t.yes },
                              { value: 'FALSE', label: t.no },
                            ]
                          : [
                              { value: 'true', label: t.account },
                              { value: 'false', label: t.identity },
                            ]
                      }
                    />
                  );
                if (d.multi || d.kind === 'multiline')
                  return (
                    <TextAreaField
                      key={d.name}
                      control={form.control}
                      name={name}
                      label={d.name}
                      rows={2}
                      help={t.oneValuePerLine}
                    />
                  );
                return (
                  <TextField
                    key={d.name}
                    control={form.control}
                    name={name}
                    label={d.name}
                    {...(d.kind === 'country' ? { help: t.countryHelp } : {})}
                  />
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <fieldset className="cip-section">
        <legend>{t.customAttribute}</legend>
        <div className="cip-grid">
          <TextField control={form.control} name="customName" label={t.attribute} spellCheck={false} />
          <TextAreaField
            control={form.control}
            name="customValue"
            label={t.value}
            rows={2}
            help={t.oneValuePerLine}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t.cancel}
        </button>
        <SubmitButton control={form.control} pending={update.isPending} pendingLabel={t.saving}>
          {t.save}
        </SubmitButton>
      </div>
    </form>
  );
}
