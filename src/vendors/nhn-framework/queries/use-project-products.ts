import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { hierarchyQuery, projectProductsQuery } from './options';

/** The services a project uses, reading the (long-cached) catalogue first. */
export function useProjectProducts(projectId: string) {
  const { id } = useCurrentConnection();
  const qc = useQueryClient();
  return useQuery(projectProductsQuery(id, projectId, () => qc.query(hierarchyQuery(id))));
}
