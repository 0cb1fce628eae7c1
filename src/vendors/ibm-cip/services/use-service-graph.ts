import { useQueries, useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { serviceNamesQuery, serviceParentQuery } from '../queries/service-options';

export type ServiceGraph = ReturnType<typeof useServiceGraph>;

/**
 * Every service with its parent (S1, then S5 per service: the API has no "top-level services" call). The
 * parent map also tells which services have children before any is expanded, and lets the console refuse a
 * parent loop before asking the server.
 */
export function useServiceGraph() {
  const { id } = useCurrentConnection();
  const names = useQuery(serviceNamesQuery(id));
  const list = names.data ?? [];
  const parents = useQueries({ queries: list.map((n) => serviceParentQuery(id, n)) });
  const parentOf = new Map<string, string>();
  list.forEach((n, i) => {
    const p = parents[i]?.data;
    if (p !== undefined) parentOf.set(n, p);
  });
  const done = parentOf.size;
  const withChildren = new Set([...parentOf.values()].filter((p) => p !== ''));
  const roots = list.filter((n) => parentOf.get(n) === '');
  /** The chain above a service, nearest first. */
  const ancestors = (name: string) => {
    const out: string[] = [];
    let at = parentOf.get(name);
    while (at && !out.includes(at)) {
      out.push(at);
      at = parentOf.get(at);
    }
    return out;
  };
  return {
    names,
    list,
    done,
    ready: names.isSuccess && done === list.length,
    parentOf,
    withChildren,
    roots,
    ancestors,
  };
}
