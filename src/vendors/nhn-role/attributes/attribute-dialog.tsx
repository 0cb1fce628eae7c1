import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import {
  applyServerErrors,
  FormErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { ATTRIBUTE_DATA_TYPE_CODES, type AttributeDataTypeCode } from '../wire/common';
import type { AttributeBundleProtocol } from '../wire/attributes';
import { useRoleText } from '../role-text';
import { rolesAllQuery } from '../roles/api';
import { useRoleMutation } from '../queries/use-role-mutation';
import { roleKeys } from '../queries/keys';
import type { RoleConn } from '../shared/use-role-conn';
import { createAttribute, dataTypesQuery, updateAttribute } from './api';
import { useAttributesText } from './attributes-text';

type Values = {
  attributeId: string;
  attributeName: string;
  description: string;
  dataType: AttributeDataTypeCode;
  roleIds: string[];
  tags: string;
};

export const splitTags = (s: string) => [
  ...new Set(
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];

/** Creates a role attribute or edits one; lists (roles, tags) replace the stored ones on save. */
export function AttributeDialog(props: {
  conn: RoleConn;
  editing?: AttributeBundleProtocol;
  onClose: () => void;
}) {
  const { conn, editing } = props;
  const t = useAttributesText();
  const r = useRoleText();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const roles = useQuery(rolesAllQuery(conn));
  const dataTypes = useQuery(dataTypesQuery(conn));
  const schema = z.object({
    attributeId: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,128}$/, t.idInvalid),
    attributeName: z.string().max(128, t.tooLong),
    description: z.string().max(128, t.tooLong),
    dataType: z.enum(ATTRIBUTE_DATA_TYPE_CODES),
    roleIds: z.array(z.string()),
    tags: z.string(),
  });
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      attributeId: editing?.attributeId ?? '',
      attributeName: editing?.attributeName ?? '',
      description: editing?.description ?? '',
      dataType: editing?.attributeDataTypeCode ?? 'STRING',
      roleIds: editing?.attributeRoleRelations.map((x) => x.roleId) ?? [],
      tags: editing?.attributeTags.map((x) => x.attributeTagId).join(', ') ?? '',
    },
    mode: 'onChange',
  });
  const save = useRoleMutation(
    {
      run: (_c, v: Values) => {
        const body = {
          attributeId: v.attributeId.trim(),
          attributeDataTypeCode: v.dataType,
          attributeName: v.attributeName === '' ? null : v.attributeName,
          description: v.description === '' ? null : v.description,
          attributeRoleRelationIds: v.roleIds,
          attributeTagIds: splitTags(v.tags),
        };
        return editing ? updateAttribute(conn, body) : createAttribute(conn, body);
      },
      // Role pages list the attributes a role may use.
      invalidates: (c) => [roleKeys.attributes(c), roleKeys.roles(c)],
      success: (v) => (editing ? t.saved(v.attributeId) : t.created(v.attributeId.trim())),
    },
    {
      onSuccess: props.onClose,
      onError: (err) => setServerErrors(applyServerErrors(err, form.setError)),
    },
  );
  const dataType = useWatch({ control: form.control, name: 'dataType' });
  const chosen = useWatch({ control: form.control, name: 'roleIds' });
  const operators = dataTypes.data?.dataTypes.find((d) => d.dataType === dataType)?.operators ?? [];
  const toggleRole = (roleId: string, on: boolean) =>
    form.setValue('roleIds', on ? [...chosen, roleId] : chosen.filter((x) => x !== roleId), {
      shouldDirty: true,
    });
  return (
    <dialog ref={ref} className="confirm-dialog role-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            save.mutate(v);
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {editing ? t.edit(editing.attributeId) : t.create}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        {!editing && (
          <TextField
            control={form.control}
            name="attributeId"
            label={t.attributeId}
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
        <TextField control={form.control} name="attributeName" label={t.name} autoComplete="off" />
        <TextAreaField control={form.control} name="description" label={t.descriptionLabel} rows={2} />
        <SelectField
          control={form.control}
          name="dataType"
          label={t.dataType}
          {...(editing ? { help: t.typeLocked } : {})}
          options={ATTRIBUTE_DATA_TYPE_CODES.map((d) => ({ value: d, label: d }))}
        />
        <p className="field-help" aria-live="polite">
          {t.operators}: {operators.map((o) => o.operatorTypeCode).join(', ') || '—'}
        </p>
        <fieldset className="stack">
          <legend>{t.roles}</legend>
          {(roles.data ?? []).map((role) => (
            <label key={role.roleId} className="row">
              <input
                type="checkbox"
                checked={chosen.includes(role.roleId)}
                onChange={(e) => toggleRole(role.roleId, e.target.checked)}
              />
              <span className="mono">{role.roleId}</span>
            </label>
          ))}
        </fieldset>
        <TextField control={form.control} name="tags" label={t.tags} help={t.tagsHelp} autoComplete="off" />
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {r.cancel}
          </button>
          <SubmitButton
            control={form.control}
            pending={save.isPending}
            pendingLabel={editing ? r.saving : t.creating}
          >
            {editing ? r.save : t.create}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
