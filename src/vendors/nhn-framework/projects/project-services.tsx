import { EmptyState, QueryBoundary, Skeleton } from '@/components/states';
import { useNhnText } from '../nhn-text';
import { useProjectProducts } from '../queries/use-project-products';
import { formatDate } from '../shared/format';

/** The services in use with their AppKeys; service secret keys are never loaded into this view. */
export function ProjectServices({ projectId }: { projectId: string }) {
  const t = useNhnText();
  const products = useProjectProducts(projectId);
  return (
    <div className="stack">
      <p className="muted">{t.servicesHelp}</p>
      <QueryBoundary
        query={products}
        pending={<Skeleton lines={4} />}
        isEmpty={(l) => l.length === 0}
        empty={<EmptyState title={t.noServices} />}
      >
        {(list) => (
          <table>
            <caption className="visually-hidden">{t.tabServices}</caption>
            <thead>
              <tr>
                <th scope="col">{t.service}</th>
                <th scope="col">{t.appKey}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.since}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.productId}>
                  <th scope="row">{p.productName}</th>
                  <td>
                    <code>{p.appKey}</code>
                  </td>
                  <td>{p.statusCode}</td>
                  <td>{formatDate(p.relationDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
    </div>
  );
}
