import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { HttpError, type FieldError } from '@/lib/http/errors';
import {
  applyServerErrors,
  CheckboxField,
  FormErrorSummary,
  PasswordField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '.';

const schema = z.object({
  name: z.string().min(1, 'Enter a name'),
  password: z.string().min(8, 'Use at least 8 characters'),
  role: z.string().min(1, 'Choose a role'),
  notes: z.string(),
  terms: z.boolean().refine((v) => v, 'Accept the terms'),
  address: z.object({ city: z.string() }),
});
type Values = z.infer<typeof schema>;
const defaults: Values = { name: '', password: '', role: '', notes: '', terms: false, address: { city: '' } };

function TestForm({ save }: { save: (v: Values) => Promise<void> }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: defaults });
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const { control } = form;
  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(async (values) => {
          setServerErrors([]);
          try {
            await save(values);
          } catch (err) {
            setServerErrors(
              applyServerErrors(err, form.setError, {
                fields: ['name', 'password', 'role', 'notes', 'terms', 'address.city'],
              }),
            );
          }
        })(event)
      }
    >
      <FormErrorSummary control={control} serverErrors={serverErrors} />
      <TextField control={control} name="name" label="Name" help="Shown to other operators" required />
      <PasswordField control={control} name="password" label="Password" autoComplete="new-password" />
      <SelectField
        control={control}
        name="role"
        label="Role"
        placeholder
        options={[
          { value: 'admin', label: 'Administrator' },
          { value: 'viewer', label: 'Viewer' },
        ]}
      />
      <TextAreaField control={control} name="notes" label="Notes" />
      <TextField control={control} name="address.city" label="City" />
      <CheckboxField control={control} name="terms" label="I accept the terms" />
      <SubmitButton control={control} pendingLabel="Saving…">
        Save
      </SubmitButton>
    </form>
  );
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Name/), 'alice');
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.selectOptions(screen.getByLabelText('Role'), 'viewer');
  await user.type(screen.getByLabelText('Notes'), 'on call');
  await user.type(screen.getByLabelText('City'), 'Seoul');
  await user.click(screen.getByLabelText('I accept the terms'));
}

describe('form fields', () => {
  it('wires label, help and error to the control and lists client errors in the summary', async () => {
    const user = userEvent.setup();
    const save = vi.fn(() => Promise.resolve());
    render(<TestForm save={save} />);
    const name = screen.getByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAccessibleDescription('Shown to other operators');
    expect(name).toHaveAttribute('aria-invalid', 'false');
    expect(name).toHaveAttribute('aria-required', 'true');

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(save).not.toHaveBeenCalled();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Shown to other operators Enter a name');
    expect(screen.getByLabelText('Role')).toHaveAccessibleDescription('Choose a role');
    expect(screen.getByRole('checkbox', { name: 'I accept the terms' })).toHaveAccessibleDescription(
      'Accept the terms',
    );
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('The form could not be saved');

    await user.click(screen.getByRole('button', { name: 'Use at least 8 characters' }));
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('submits typed values once they are valid', async () => {
    const user = userEvent.setup();
    const save = vi.fn((_v: Values) => Promise.resolve());
    render(<TestForm save={save} />);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(save).toHaveBeenCalledWith({
      name: 'alice',
      password: 'correct horse',
      role: 'viewer',
      notes: 'on call',
      terms: true,
      address: { city: 'Seoul' },
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts server field errors on their fields, keeps what was typed and summarises the rest', async () => {
    const user = userEvent.setup();
    const refusal = new HttpError(422, 'POST', '/api/x', {}, 'r1', 'Invalid input', 'validation', [
      { field: 'name', message: 'This name is taken' },
      { field: 'address[city]', message: 'Unknown city' },
      { field: 'tenant', message: 'Tenant is locked' },
    ]);
    render(<TestForm save={() => Promise.reject(refusal)} />);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Shown to other operators This name is taken');
    expect(name).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'City' })).toHaveAccessibleDescription('Unknown city');
    expect(screen.getByRole('alert')).toHaveTextContent('tenant: Tenant is locked');
    // Nothing the operator typed is lost.
    expect(name).toHaveValue('alice');
    expect(screen.getByLabelText('Password')).toHaveValue('correct horse');
    expect(screen.getByLabelText('Notes')).toHaveValue('on call');
    expect(screen.getByLabelText('Role')).toHaveValue('viewer');
  });

  it('shows a refusal without field errors as one form-level message', async () => {
    const user = userEvent.setup();
    const refusal = new HttpError(409, 'POST', '/api/x', {}, 'r1', 'The user already exists', 'conflict');
    render(<TestForm save={() => Promise.reject(refusal)} />);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The user already exists');
    expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveAttribute('aria-invalid', 'false');
  });

  it('disables the submit button while the request is pending', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    render(
      <TestForm
        save={() =>
          new Promise<void>((resolve) => {
            finish = resolve;
          })
        }
      />,
    );
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const pending = await screen.findByRole('button', { name: 'Saving…' });
    expect(pending).toBeDisabled();
    finish();
    expect(await screen.findByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('toggles password visibility with a labelled button', async () => {
    const user = userEvent.setup();
    render(<TestForm save={() => Promise.resolve()} />);
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Show Password' }));
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Hide Password' })).toHaveAttribute('aria-pressed', 'true');
  });
});
