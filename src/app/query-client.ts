import { MutationCache, QueryClient } from '@tanstack/react-query';
import { HttpError, describeError } from '@/lib/http/errors';
import { toast } from '@/components/toast';

/**
 * One client for the app. A mutation without its own onError still tells the user what failed
 * (opt out with `meta: { silent: true }`); 4xx answers are not retried because repeating them changes nothing.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, err) => !(err instanceof HttpError && err.status < 500) && count < 2,
      },
    },
    mutationCache: new MutationCache({
      onError: (err, _vars, _ctx, mutation) => {
        if (mutation.options.onError || mutation.meta?.silent) return;
        toast.error(describeError(err));
      },
    }),
  });
}
