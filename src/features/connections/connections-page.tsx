import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useConfirm } from '@/components/confirm-dialog';
import { PageHeader, QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import { paths } from '@/app/paths';
import { manifestOf } from '@/vendors/registry';
import { isVendorId } from '@/vendors/ids';
import { connectionKeys, connectionsQuery, deleteConnection, useOwnRole, type Connection } from './api';
import { useConnectionsText } from './connections-text';
import { TestConnectionButton } from './test-connection-button';
import './connections.css';

const vendorName = (id: string) => (isVendorId(id) ? (manifestOf(id)?.shortName ?? id) : id);

/** Every connection; admins create, edit and delete, admins and operators test, everyone opens one. */
export function ConnectionsPage() {
  const t = useConnectionsText();
  const qc = useQueryClient();
  const list = useQuery(connectionsQuery());
  const role = useOwnRole();
  const { confirm, dialog } = useConfirm();
  const isAdmin = role === 'admin';
  const remove = (c: Connection) =>
    void confirm({
      title: t.confirmDelete(c.name),
      children: <p>{t.confirmDeleteBody}</p>,
      variant: 'destructive',
      resourceName: c.name,
      confirmLabel: t.delete,
      action: async () => {
        await deleteConnection(c.id);
        qc.removeQueries({ queryKey: connectionKeys.detail(c.id) });
        await qc.invalidateQueries({ queryKey: connectionKeys.all });
        toast.success(t.deleted);
      },
    });
  return (
    <section className="page stack" aria-labelledby="connections-title">
      <PageHeader
        title={t.title}
        titleId="connections-title"
        description={t.description}
        actions={
          isAdmin && (
            <Link className="btn btn-primary" to={paths.connectionNew.href()}>
              {t.create}
            </Link>
          )
        }
      />
      <QueryBoundary
        query={list}
        isEmpty={(d) => d.length === 0}
        empty={<p>{isAdmin ? `${t.empty} ${t.emptyAdmin}` : t.empty}</p>}
      >
        {(items) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.vendor}</th>
                <th scope="col">{t.baseUrl}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={paths.connectionPage.href({ connectionId: c.id })}>{c.name}</Link>{' '}
                    {c.demo && (
                      <span className="badge" title={t.demoHelp}>
                        {t.demo}
                      </span>
                    )}
                  </td>
                  <td>{vendorName(c.vendor)}</td>
                  <td className="mono">{c.baseUrl}</td>
                  <td>
                    <div className="connection-actions">
                      <TestConnectionButton connectionId={c.id} label={c.name} />
                      {isAdmin && (
                        <>
                          <Link
                            className="btn"
                            to={paths.connectionEdit.href({ connectionId: c.id })}
                            aria-label={`${t.edit}: ${c.name}`}
                          >
                            {t.edit}
                          </Link>
                          <button
                            type="button"
                            className="btn btn-danger"
                            onClick={() => remove(c)}
                            aria-label={`${t.delete}: ${c.name}`}
                          >
                            {t.delete}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryBoundary>
      {dialog}
    </section>
  );
}

export default ConnectionsPage;
