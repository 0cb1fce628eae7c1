import './secret-once.css';

export { SecretOnce, type SecretOnceProps } from './secret-once';
export { SecretValues, type SecretValuesProps } from './secret-values';
export { useSecretOnce } from './use-secret-once';
export { saveTextFile } from './save-text-file';
