import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { endpointsQuery } from '../endpoints/api';
import { useScpText } from '../scp-text';
import '../scp.css';

/** The regions SCP serves IAM in, grouped by region, from GET /v1/endpoints. */
export default function EndpointsPage() {
  const t = useScpText();
  const { id } = useCurrentConnection();
  const titleId = useId();
  const query = useQuery(endpointsQuery(id));
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={t.endpointsTitle} titleId={titleId} description={t.endpointsDescription} />
      <QueryBoundary
        query={query}
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title={t.noEndpoints}>{t.noEndpointsBody}</EmptyState>}
      >
        {(list) => {
          const regions = [...new Set(list.map((e) => e.region))].sort();
          return (
            <div className="stack">
              <p className="muted">{t.regionCount(regions.length)}</p>
              <table className="scp-table">
                <caption className="visually-hidden">{t.endpointsTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.region}</th>
                    <th scope="col">{t.serviceName}</th>
                    <th scope="col">{t.serviceType}</th>
                    <th scope="col">{t.url}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list]
                    .sort(
                      (a, b) =>
                        a.region.localeCompare(b.region) || a.service_name.localeCompare(b.service_name),
                    )
                    .map((e) => (
                      <tr key={`${e.region} ${e.service_type} ${e.url}`}>
                        <th scope="row">{e.region}</th>
                        <td>{e.service_name}</td>
                        <td>
                          <code>{e.service_type}</code>
                        </td>
                        <td>
                          <code className="scp-break">{e.url}</code>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryBoundary>
    </section>
  );
}
