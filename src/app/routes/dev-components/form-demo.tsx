import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { HttpError, type FieldError } from '@/lib/http/errors';
import { toast } from '@/components/toast';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  PasswordField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '@/components/form';
import { DemoSection } from './demo-section';

const schema = z.object({
  userName: z.string().trim().min(1, 'Enter a user name'),
  email: z.email('Enter an email address such as ops@example.com'),
  password: z.string().min(12, 'Use at least 12 characters'),
  role: z.string().min(1, 'Choose a role'),
  description: z.string().max(200, 'Keep it under 200 characters'),
  mfaRequired: z.boolean(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['userName', 'email', 'password', 'role', 'description', 'mfaRequired'] as const;
const defaults: Values = {
  userName: '',
  email: '',
  password: '',
  role: '',
  description: '',
  mfaRequired: true,
};

/** Pretends to be a server that refuses the name "taken" and any tenant-level change. */
async function fakeSave(v: Values): Promise<void> {
  await new Promise((r) => setTimeout(r, 800));
  if (v.userName === 'taken')
    throw new HttpError(422, 'POST', '/api/demo', {}, 'demo', 'Invalid input', 'validation', [
      { field: 'userName', message: 'This user name is already taken' },
      { field: 'tenant.quota', message: 'The tenant has reached its user quota' },
    ]);
}

export function FormDemo() {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: defaults });
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const { control } = form;
  const submit = form.handleSubmit(async (values) => {
    setServerErrors([]);
    try {
      await fakeSave(values);
      toast.success(`Saved ${values.userName}`);
    } catch (err) {
      setServerErrors(applyServerErrors(err, form.setError, { fields: FIELDS }));
    }
  });
  return (
    <DemoSection title="Form fields">
      <p className="muted">Type “taken” as the user name to see server errors placed on the field.</p>
      <form noValidate onSubmit={(e) => void submit(e)} className="dev-form">
        <FormErrorSummary control={control} serverErrors={serverErrors} />
        <TextField control={control} name="userName" label="User name" required autoComplete="off" />
        <TextField control={control} name="email" label="Email" type="email" required autoComplete="email" />
        <PasswordField
          control={control}
          name="password"
          label="Initial password"
          autoComplete="new-password"
          help="At least 12 characters."
          required
        />
        <SelectField
          control={control}
          name="role"
          label="Role"
          placeholder
          options={[
            { value: 'admin', label: 'Administrator' },
            { value: 'operator', label: 'Operator' },
            { value: 'viewer', label: 'Viewer' },
          ]}
        />
        <TextAreaField control={control} name="description" label="Description" rows={3} />
        <CheckboxField control={control} name="mfaRequired" label="Require multi-factor sign-in" />
        <div className="form-actions">
          <SubmitButton control={control} pendingLabel="Saving…">
            Create user
          </SubmitButton>
        </div>
      </form>
    </DemoSection>
  );
}
