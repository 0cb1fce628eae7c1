import type { ReactNode } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';

/** What every field component takes; `name` is typed from the form's values, so a typo fails the build. */
export type BaseFieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  help?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  className?: string;
};
