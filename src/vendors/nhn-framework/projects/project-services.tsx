import { useConfirm } from '@/components/confirm-dialog';
import { EmptyState, QueryBoundary, Skeleton } from '@/components/states';
import { toast } from '@/components/toast';
import { useNhnText } from '../nhn-text';
import { useDisableProduct } from '../queries/products';
import { useProjectProducts } from '../queries/use-project-products';
import { formatDate } from '../shared/format';
import { EnableService } from './enable-service';
import { useServicesText } from './services-text';

/**
 * The services in use with their AppKeys, turned on and off here. Service secret keys are never loaded
 * into this view; turning a service on shows its secret once.
 */
export function ProjectServices({ projectId }: { projectId: string }) {
  const t = useNhnText();
  const s = useServicesText();
  const products = useProjectProducts(projectId);
  const { confirm, dialog } = useConfirm();
  // The confirmation shows the refusal (sub-services still on) itself and stays open.
  const disable = useDisableProduct({ onError: () => undefined });
  const turnOff = (productId: string, name: string) =>
    void confirm({
      title: s.disableTitle(name),
      children: <p>{s.disableBody}</p>,
      confirmLabel: s.disable,
      variant: 'destructive',
      action: async () => {
        await disable.mutateAsync({ projectId, productId });
        toast.success(s.disabled(name));
      },
    });
  return (
    <div className="stack">
      <p className="muted">{t.servicesHelp}</p>
      <EnableService projectId={projectId} inUse={new Set(products.data?.map((p) => p.productId))} />
      {dialog}
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
                <th scope="col">{s.actions}</th>
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
                  <td>
                    <button
                      type="button"
                      className="btn btn-danger"
                      aria-label={`${s.disable}: ${p.productName}`}
                      onClick={() => turnOff(p.productId, p.productName)}
                    >
                      {s.disable}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
    </div>
  );
}
