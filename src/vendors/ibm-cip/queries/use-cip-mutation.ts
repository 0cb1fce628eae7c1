import {
  useConnectionMutation,
  type ConnectionMutationDefinition,
  type ConnectionMutationOptions,
} from '@/components/connection-mutation';

/** Forms handle errors themselves (field errors); without `onError` the default error toast shows. */
export type CipMutationOptions<R, V> = Omit<ConnectionMutationOptions<R, V>, 'secret'>;
export type CipMutationDefinition<R, V> = ConnectionMutationDefinition<R, V>;

/** One IBM CIP mutation bound to the current connection, with invalidation and toasts in one place. */
export function useCipMutation<R, V>(
  def: CipMutationDefinition<R, V>,
  options: CipMutationOptions<R, V> = {},
) {
  // Passwords and answers travel in the variables: nothing of a finished mutation stays cached.
  return useConnectionMutation(def, { ...options, secret: true });
}
