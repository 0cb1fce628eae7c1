import { useCallback, useState } from 'react';

/**
 * Holds a once-only secret in component state, and only there: never in the query cache or storage.
 * Hand it over from a mutation's `onSuccess` and call `mutation.reset()` so the mutation cache lets go too.
 *
 * @example
 * const secret = useSecretOnce();
 * const create = useMutation({ mutationFn, onSuccess: (r) => { secret.show(r.clientSecret); create.reset(); } });
 * {secret.value && <SecretOnce value={secret.value} onClose={secret.clear} … />}
 */
export function useSecretOnce<T extends string | readonly string[] = string>() {
  const [value, setValue] = useState<T | null>(null);
  const show = useCallback((v: T) => setValue(() => v), []);
  const clear = useCallback(() => setValue(null), []);
  return { value, show, clear };
}
