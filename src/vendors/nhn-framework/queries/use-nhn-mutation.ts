import { useConnectionMutation, type ConnectionMutationOptions } from '@/components/connection-mutation';

export type NhnMutationOptions<R, V> = ConnectionMutationOptions<R, V>;

/** One NHN Framework mutation bound to the current connection, with invalidation and toasts in one place. */
export const useNhnMutation = useConnectionMutation;
