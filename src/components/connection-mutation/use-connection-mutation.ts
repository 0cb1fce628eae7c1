import { useMutation, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { describeError } from '@/lib/http/errors';
import { toast } from '../toast';

export type ConnectionMutationOptions<R, V> = {
  /** Forms and dialogs that show errors themselves pass this; otherwise the default error toast shows. */
  onError?: (err: unknown, vars: V) => void;
  onSuccess?: (result: R, vars: V) => void;
  /** A result holding a secret must not stay in the mutation cache. */
  secret?: boolean;
};

export type ConnectionMutationDefinition<R, V> = {
  run: (connectionId: string, vars: V) => Promise<R>;
  /** Keys to refetch after success; every hook owns its own invalidation. */
  invalidates: (connectionId: string, vars: V) => QueryKey[];
  /** A cache change before the refetch, e.g. the saved resource written in or a deleted one dropped. */
  update?: (connectionId: string, vars: V, qc: QueryClient, result: R) => void;
  /** The success toast; none without it (the caller may say something itself). */
  success?: (vars: V, result: R) => string;
};

/**
 * One vendor mutation bound to the current connection: the caller's error handling or the default error
 * toast, the success toast, the cache update and the invalidation, in that order, in one place.
 */
export function useConnectionMutation<R, V>(
  def: ConnectionMutationDefinition<R, V>,
  options: ConnectionMutationOptions<R, V> = {},
) {
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  const { onError } = options;
  return useMutation<R, unknown, V>({
    mutationFn: (vars) => def.run(id, vars),
    ...(options.secret ? { gcTime: 0 } : {}),
    onError: (err, vars) => {
      if (onError) onError(err, vars);
      else toast.error(describeError(err));
    },
    onSuccess: async (result, vars) => {
      def.update?.(id, vars, qc, result);
      if (def.success) toast.success(def.success(vars, result));
      options.onSuccess?.(result, vars);
      await Promise.all(def.invalidates(id, vars).map((queryKey) => qc.invalidateQueries({ queryKey })));
    },
  });
}
