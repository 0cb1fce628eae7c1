import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { FieldError } from '@/lib/http/errors';
import { useModalDialog } from '@/components/confirm-dialog';
import { applyServerErrors, FormErrorSummary, SelectField, SubmitButton, TextField } from '@/components/form';
import { useCreateIamMember, useUpdateIamMember } from '../queries/iam';
import { useOrgId } from '../shared/use-org-id';
import type { IamMemberWritable, IamOrgMember } from '../wire/iam';
import { useIamText, type IamText } from './iam-text';

const USER_CODE = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/** The vendor's rules (-200201/-200202/-200203, phone needs its country code), checked before the call. */
export const iamMemberSchema = (t: IamText) =>
  z
    .object({
      userCode: z
        .string()
        .trim()
        .min(1, t.userCodeRequired)
        .max(20, t.userCodeTooLong)
        .regex(USER_CODE, t.userCodeFormat),
      name: z.string().trim().min(1, t.nameRequired).max(60, t.nameTooLong),
      emailAddress: z.string().trim().pipe(z.email(t.emailInvalid)),
      mobilePhoneCountryCode: z.string().trim().max(5),
      mobilePhone: z.string().trim().max(20),
      department: z.string().trim().max(100),
      status: z.enum(['member', 'leaved']),
    })
    .refine((v) => !v.mobilePhone || v.mobilePhoneCountryCode, {
      path: ['mobilePhoneCountryCode'],
      message: t.countryCodeRequired,
    });

type Values = z.infer<ReturnType<typeof iamMemberSchema>>;

const EMPTY: Values = {
  userCode: '',
  name: '',
  emailAddress: '',
  mobilePhoneCountryCode: '',
  mobilePhone: '',
  department: '',
  status: 'member',
};

const valuesOf = (m: IamOrgMember): Values => ({
  userCode: m.userCode,
  name: m.name,
  emailAddress: m.emailAddress,
  mobilePhoneCountryCode: m.mobilePhoneCountryCode ?? '',
  mobilePhone: m.mobilePhone ?? '',
  department: m.department ?? '',
  status: m.status,
});

/** The request model: optional fields left empty are not sent. */
export function toIamMember(v: Values): IamMemberWritable {
  return {
    userCode: v.userCode.trim(),
    name: v.name.trim(),
    emailAddress: v.emailAddress.trim(),
    status: v.status,
    ...(v.mobilePhone
      ? { mobilePhone: v.mobilePhone, mobilePhoneCountryCode: v.mobilePhoneCountryCode }
      : {}),
    ...(v.department ? { department: v.department } : {}),
  };
}

/** Creates an IAM account (#34) or modifies one (#36); setting "leaved" is how an account is offboarded. */
export function IamMemberDialog(props: { member?: IamOrgMember | undefined; onClose: () => void }) {
  const t = useIamText();
  const orgId = useOrgId();
  const titleId = useId();
  const firstFocus = useRef<HTMLElement>(null);
  const ref = useModalDialog(true, props.onClose, firstFocus);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const editing = props.member;
  const form = useForm<Values>({
    resolver: zodResolver(iamMemberSchema(t)),
    defaultValues: editing ? valuesOf(editing) : EMPTY,
    mode: 'onChange',
  });
  const handlers = {
    onSuccess: props.onClose,
    onError: (err: unknown) =>
      setServerErrors(
        applyServerErrors(err, form.setError, {
          fields: ['userCode', 'name', 'emailAddress', 'mobilePhone'],
        }),
      ),
  };
  const create = useCreateIamMember(orgId, handlers);
  const update = useUpdateIamMember(orgId, handlers);
  return (
    <dialog ref={ref} className="confirm-dialog nhn-wide-dialog" aria-labelledby={titleId}>
      <form
        className="stack"
        noValidate
        onSubmit={(e) =>
          void form.handleSubmit((v) => {
            setServerErrors([]);
            if (editing) update.mutate({ uuid: editing.id, member: toIamMember(v) });
            else create.mutate(toIamMember({ ...v, status: 'member' }));
          })(e)
        }
      >
        <h2 id={titleId} className="confirm-title">
          {editing ? t.editTitle(editing.userCode) : t.createTitle}
        </h2>
        <FormErrorSummary control={form.control} serverErrors={serverErrors} />
        <TextField
          control={form.control}
          name="userCode"
          label={t.userCode}
          help={t.userCodeHelp}
          autoComplete="off"
          required
        />
        <TextField control={form.control} name="name" label={t.name} autoComplete="off" required />
        <TextField control={form.control} name="emailAddress" label={t.email} type="email" required />
        <div className="nhn-cards">
          <TextField
            control={form.control}
            name="mobilePhoneCountryCode"
            label={t.countryCode}
            inputMode="numeric"
          />
          <TextField control={form.control} name="mobilePhone" label={t.mobilePhone} inputMode="tel" />
        </div>
        <TextField control={form.control} name="department" label={t.department} />
        {editing && (
          <SelectField
            control={form.control}
            name="status"
            label={t.status}
            help={t.statusHelp}
            options={[
              { value: 'member', label: t.statusMember },
              { value: 'leaved', label: t.statusLeaved },
            ]}
          />
        )}
        <div className="form-actions">
          <button type="button" className="btn" onClick={props.onClose}>
            {t.cancel}
          </button>
          <SubmitButton control={form.control} pending={create.isPending || update.isPending}>
            {editing ? t.save : t.create}
          </SubmitButton>
        </div>
      </form>
    </dialog>
  );
}
