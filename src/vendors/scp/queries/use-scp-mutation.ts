import { useConnectionMutation, type ConnectionMutationOptions } from '@/components/connection-mutation';

export type ScpMutationOptions<R, V> = ConnectionMutationOptions<R, V>;

/** One SCP mutation bound to the current connection, with invalidation and toasts in one place. */
export const useScpMutation = useConnectionMutation;
