import { useId, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { EmptyState, ErrorPanel, PageHeader, Skeleton } from '@/components/states';
import { useServicesText } from './services-text';
import { useServiceGraph } from './use-service-graph';
import { ServicesTree } from './services-tree';
import { ServiceDetail } from './service-detail';
import { CreateServiceDialog } from './create-service-dialog';

/** `/services` and `/services/:service/:tab`: the hierarchy on one side, the chosen service on the other. */
export function ServicesBrowser() {
  const t = useServicesText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const params = useParams();
  const selected = params.service;
  const graph = useServiceGraph();
  const [creating, setCreating] = useState(false);
  const titleId = useId();
  const { names } = graph;
  return (
    <section className="page cip-page" aria-labelledby={titleId}>
      <PageHeader
        title={t.title}
        titleId={titleId}
        description={t.description}
        actions={
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t.createService}
          </button>
        }
      />
      {names.isPending && <Skeleton />}
      {names.isError && <ErrorPanel error={names.error} onRetry={() => void names.refetch()} />}
      {names.isSuccess && graph.list.length === 0 && <EmptyState title={t.noServices} />}
      {names.isSuccess && graph.list.length > 0 && (
        <div className="cip-split">
          <ServicesTree graph={graph} selected={selected} />
          <div>
            {selected === undefined ? (
              <p className="muted">{t.pickService}</p>
            ) : (
              <ServiceDetail key={selected} name={selected} tab={params.tab} graph={graph} />
            )}
          </div>
        </div>
      )}
      {creating && (
        <CreateServiceDialog
          names={graph.list}
          onClose={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            void navigate(href(`services/${encodeURIComponent(name)}`));
          }}
        />
      )}
    </section>
  );
}
