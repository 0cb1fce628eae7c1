import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { toast } from '@/components/toast';

export type Gs2MutationOptions<R, V> = {
  /** Forms handle errors themselves (field errors); without this the default error toast shows. */
  onError?: (err: unknown, vars: V) => void;
  onSuccess?: (result: R, vars: V) => void;
  /** Secrets in the result must not stay in the mutation cache. */
  secret?: boolean;
};

type Definition<R, V> = {
  run: (connectionId: string, vars: V) => Promise<R>;
  /** Keys to refetch after success; every hook owns its own invalidation. */
  invalidates: (connectionId: string, vars: V, result: R) => QueryKey[];
  /** Optional cache write before invalidation, e.g. dropping a deleted user's queries. */
  update?: (connectionId: string, vars: V, result: R, qc: ReturnType<typeof useQueryClient>) => void;
  success?: (vars: V) => string;
};

/** One GS2 mutation bound to the current connection, with invalidation and toasts in one place. */
export function useGs2Mutation<R, V>(def: Definition<R, V>, options: Gs2MutationOptions<R, V> = {}) {
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  const { onError } = options;
  return useMutation<R, unknown, V>({
    mutationFn: (vars) => def.run(id, vars),
    ...(options.secret ? { gcTime: 0 } : {}),
    ...(onError ? { onError: (err: unknown, vars: V) => onError(err, vars) } : {}),
    onSuccess: async (result, vars) => {
      def.update?.(id, vars, result, qc);
      if (def.success) toast.success(def.success(vars));
      options.onSuccess?.(result, vars);
      await Promise.all(
        def.invalidates(id, vars, result).map((queryKey) => qc.invalidateQueries({ queryKey })),
      );
    },
  });
}
