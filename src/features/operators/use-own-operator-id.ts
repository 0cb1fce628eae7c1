import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { requestJson } from '@/lib/http/request';

/** The signed-in operator's id, to mark "you" and keep self-delete and self-disable out of reach. */
export function useOwnOperatorId(): string | undefined {
  return useQuery({
    queryKey: ['operators', 'self'],
    queryFn: ({ signal }) =>
      requestJson('/api/session', z.object({ operator: z.object({ id: z.string() }) }), { signal }),
    select: (d) => d.operator.id,
    staleTime: Infinity,
  }).data;
}
