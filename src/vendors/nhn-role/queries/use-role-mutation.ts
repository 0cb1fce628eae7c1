import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { toast } from '@/components/toast';

export type RoleMutationOptions<R, V> = {
  /** Forms and dialogs that show errors themselves pass this; otherwise the default error toast shows. */
  onError?: (err: unknown, vars: V) => void;
  onSuccess?: (result: R, vars: V) => void;
};

type Definition<R, V> = {
  run: (connectionId: string, vars: V) => Promise<R>;
  /** Keys to refetch after success; every hook owns its own invalidation. */
  invalidates: (connectionId: string, vars: V) => QueryKey[];
  update?: (connectionId: string, vars: V, qc: ReturnType<typeof useQueryClient>) => void;
  success?: (vars: V, result: R) => string;
};

/** One ROLE mutation bound to the current connection, with invalidation and toasts in one place. */
export function useRoleMutation<R, V>(def: Definition<R, V>, options: RoleMutationOptions<R, V> = {}) {
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  const { onError } = options;
  return useMutation<R, unknown, V>({
    mutationFn: (vars) => def.run(id, vars),
    onError: (err, vars) => {
      if (onError) onError(err, vars);
      else toast.error(describeError(err));
    },
    onSuccess: async (result, vars) => {
      def.update?.(id, vars, qc);
      const message = def.success?.(vars, result);
      if (message) toast.success(message);
      options.onSuccess?.(result, vars);
      await Promise.all(def.invalidates(id, vars).map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
