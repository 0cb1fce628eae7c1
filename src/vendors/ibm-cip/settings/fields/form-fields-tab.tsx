import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { CheckboxField, SelectField, TextField } from '@/components/form';
import { EmptyState, QueryBoundary } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import type { FieldError } from '@/lib/http/errors';
import { FIELD_TYPES, type AttributeElementsResponse } from '../../wire';
import { applySsErrors } from '../form-errors';
import { useUpdateFormFields } from '../mutations';
import { formFieldsQuery, setupQuery } from '../queries';
import { useRolesText } from '../roles-text';
import { SettingsForm } from '../settings-form';
import { errorWords, useSettingsText } from '../settings-text';
import {
  FormFieldsSchema,
  fromFormFieldsValues,
  toFormFieldsValues,
  type FormFieldsValues,
} from './form-field-values';

/** SS13 and SS31: the fields of one Self Service form (`?app=recoverUsername`). */
export function FormFieldsTab({ instanceId }: { instanceId: number }) {
  const t = useRolesText();
  const { id } = useCurrentConnection();
  const [params, setParams] = useSearchParams();
  const setup = useQuery(setupQuery(id));
  const appTypes = setup.data?.applicationMap.map((a) => a.appType) ?? [];
  const wanted = params.get('app') ?? '';
  const appType = appTypes.includes(wanted) ? wanted : (appTypes[0] ?? 'pma');
  const query = useQuery(formFieldsQuery(id, instanceId, appType));
  const appId = useId();
  return (
    <div className="stack">
      <div className="field ss-picker">
        <label htmlFor={appId}>{t.formApp}</label>
        <select
          id={appId}
          value={appType}
          onChange={(e) =>
            setParams((p) => {
              const q = new URLSearchParams(p);
              q.set('app', e.target.value);
              return q;
            })
          }
        >
          {appTypes.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </div>
      <QueryBoundary
        query={query}
        isEmpty={(r) => r.formSections.every((s) => (s.items ?? []).length === 0)}
        empty={<EmptyState title={t.noFormFields}>{t.noFormFieldsBody}</EmptyState>}
      >
        {(data) => <FormFieldsForm key={appType} instanceId={instanceId} appType={appType} data={data} />}
      </QueryBoundary>
    </div>
  );
}

function FormFieldsForm(props: { instanceId: number; appType: string; data: AttributeElementsResponse }) {
  const t = useRolesText();
  const st = useSettingsText();
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const form = useForm<FormFieldsValues>({
    resolver: zodResolver(FormFieldsSchema),
    values: toFormFieldsValues(props.data.formSections),
  });
  const save = useUpdateFormFields({
    onError: (err) =>
      setServerErrors(
        applySsErrors(err, form.setError, ['sections'], errorWords(st), ['data.formSections.']),
      ),
    onSuccess: () => form.reset(form.getValues()),
  });
  const types = FIELD_TYPES.map((f) => ({ value: f, label: f }));
  return (
    <SettingsForm
      form={form}
      title={`${st.tabFormFields} · ${props.appType}`}
      description={`${t.ldapAttributes}: ${props.data.ldapAttributes.join(', ') || t.none} · ${t.identityValidation}: ${props.data.userIdv ? st.yes : st.no}`}
      pending={save.isPending}
      serverErrors={serverErrors}
      onValid={(v) => {
        setServerErrors([]);
        save.mutate(fromFormFieldsValues(props.instanceId, props.appType, props.data.formSections, v));
      }}
    >
      {props.data.formSections.map((section, si) => (
        <fieldset key={si} className="stack">
          <legend>{t.section(section.sectionLabel ?? section.header ?? String(si + 1))}</legend>
          {section.subHeader && <p className="muted">{section.subHeader}</p>}
          <div className="ss-scroll">
            <table className="cip-table ss-fields-table">
              <thead>
                <tr>
                  <th scope="col">{t.fieldName}</th>
                  <th scope="col">{t.label}</th>
                  <th scope="col">{t.fieldType}</th>
                  <th scope="col">{t.required}</th>
                  <th scope="col">{t.editable}</th>
                  <th scope="col">{t.masked}</th>
                  <th scope="col">{t.match}</th>
                  <th scope="col">{t.tooltip}</th>
                </tr>
              </thead>
              <tbody>
                {(section.items ?? []).map((item, ii) => {
                  const f = item.fieldName ?? item.mapping ?? String(ii + 1);
                  const base = `sections.${si}.items.${ii}` as const;
                  const hidden = (s: string) => <span className="visually-hidden">{s}</span>;
                  return (
                    <tr key={`${f}-${String(ii)}`}>
                      <th scope="row" className="mono">
                        {f}
                      </th>
                      <td>
                        <TextField
                          control={form.control}
                          name={`${base}.label`}
                          label={hidden(t.labelOf(f))}
                        />
                      </td>
                      <td>
                        <SelectField
                          control={form.control}
                          name={`${base}.fieldType`}
                          label={hidden(t.typeOf(f))}
                          options={types}
                        />
                      </td>
                      <td>
                        <CheckboxField
                          control={form.control}
                          name={`${base}.required`}
                          label={hidden(t.requiredOf(f))}
                        />
                      </td>
                      <td>
                        <CheckboxField
                          control={form.control}
                          name={`${base}.editable`}
                          label={hidden(t.editableOf(f))}
                        />
                      </td>
                      <td>
                        <CheckboxField
                          control={form.control}
                          name={`${base}.masked`}
                          label={hidden(t.maskedOf(f))}
                        />
                      </td>
                      <td>
                        <CheckboxField
                          control={form.control}
                          name={`${base}.match`}
                          label={hidden(t.matchOf(f))}
                        />
                      </td>
                      <td>
                        <TextField
                          control={form.control}
                          name={`${base}.more`}
                          label={hidden(t.tooltipOf(f))}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </fieldset>
      ))}
    </SettingsForm>
  );
}
