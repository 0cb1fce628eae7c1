import './form.css';

export { TextField, type TextFieldProps } from './text-field';
export { PasswordField, type PasswordFieldProps } from './password-field';
export { TextAreaField, type TextAreaFieldProps } from './text-area-field';
export { SelectField, type SelectFieldProps, type SelectOption } from './select-field';
export { CheckboxField, type CheckboxFieldProps } from './checkbox-field';
export { FormErrorSummary, type FormErrorSummaryProps } from './form-error-summary';
export { SubmitButton, type SubmitButtonProps } from './submit-button';
export { applyServerErrors, toFieldPath, type ApplyServerErrorsOptions } from './server-errors';
export { flattenErrors, type FlatError } from './flatten-errors';
export type { BaseFieldProps } from './field-props';
