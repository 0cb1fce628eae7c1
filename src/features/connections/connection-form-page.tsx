import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { PageHeader, QueryBoundary } from '@/components/states';
import { connectionQuery } from './api';
import { ConnectionForm } from './connection-form';
import { useConnectionsText } from './connections-text';
import { TestConnectionButton } from './test-connection-button';
import './connections.css';

/** `/connections/new` and `/connections/:connectionId/edit` (admins; the server refuses anyone else). */
export function ConnectionFormPage() {
  const { connectionId } = useParams();
  return connectionId ? <EditConnection id={connectionId} /> : <NewConnection />;
}

function NewConnection() {
  const t = useConnectionsText();
  return (
    <section className="page stack" aria-labelledby="connection-form-title">
      <PageHeader title={t.createTitle} titleId="connection-form-title" description={t.description} />
      <ConnectionForm />
    </section>
  );
}

function EditConnection({ id }: { id: string }) {
  const t = useConnectionsText();
  const query = useQuery(connectionQuery(id));
  return (
    <section className="page stack" aria-labelledby="connection-form-title">
      <QueryBoundary query={query}>
        {(c) => (
          <>
            <PageHeader
              title={t.editTitle(c.name)}
              titleId="connection-form-title"
              description={c.demo ? t.demoHelp : t.description}
              actions={<TestConnectionButton connectionId={c.id} label={c.name} />}
            />
            <ConnectionForm key={`${c.id}:${String(c.revision)}`} existing={c} />
          </>
        )}
      </QueryBoundary>
    </section>
  );
}

export default ConnectionFormPage;
