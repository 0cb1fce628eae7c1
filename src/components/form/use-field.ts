import { useController, type FieldValues } from 'react-hook-form';
import type { BaseFieldProps } from './field-props';

/** The controller every field shares, plus its value as input text (forms hold '' rather than null). */
export function useField<T extends FieldValues>({ control, name, disabled }: BaseFieldProps<T>) {
  const { field, fieldState } = useController({
    control,
    name,
    ...(disabled === undefined ? {} : { disabled }),
  });
  const raw: unknown = field.value;
  const text = typeof raw === 'string' || typeof raw === 'number' ? raw : '';
  return { field, text, error: fieldState.error?.message };
}
