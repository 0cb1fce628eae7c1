import { useId } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useConfirm } from '@/components/confirm-dialog';
import { PageHeader, QueryBoundary } from '@/components/states';
import { toast } from '@/components/toast';
import { roleKeys } from '../queries/keys';
import { formatDate } from '../shared/format';
import { useRoleConn } from '../shared/use-role-conn';
import { configQuery, evictCaches } from './api';
import { ConfigForm, type ConfigValues } from './config-form';
import { useConfigText } from './config-text';

const asText = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The tenant's settings and its caches, with a purge the user confirms first. */
export function ConfigView() {
  const t = useConfigText();
  const conn = useRoleConn();
  const qc = useQueryClient();
  const titleId = useId();
  const settingsId = useId();
  const cachesId = useId();
  const query = useQuery(configQuery(conn));
  const { confirm, dialog } = useConfirm();
  const askEvict = () =>
    void confirm({
      title: t.evictTitle,
      confirmLabel: t.evict,
      children: <p>{t.evictBody}</p>,
      action: async () => {
        await evictCaches(conn);
        toast.success(t.evicted);
        await qc.invalidateQueries({ queryKey: roleKeys.config(conn.id) });
      },
    });
  return (
    <section className="page role-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <QueryBoundary query={query}>
        {(data) => {
          const initial: ConfigValues = {
            policy: data.resourcePathTrailingSlashMatchPolicyCode,
            ttl: asText(data.cache?.ttl),
            size: asText(data.cache?.size),
            sizeByPath: asText(data.cache?.sizeByPath),
            sizeTree: asText(data.cache?.sizeTree),
          };
          return (
            <div className="stack">
              <section className="card stack" aria-labelledby={settingsId}>
                <h2 id={settingsId}>{t.settings}</h2>
                <ConfigForm key={JSON.stringify(initial)} conn={conn} initial={initial} />
              </section>
              <section className="card stack" aria-labelledby={cachesId}>
                <h2 id={cachesId}>{t.caches}</h2>
                <p>{t.cachesBody}</p>
                <dl className="role-facts">
                  <dt>{t.flushTime}</dt>
                  <dd>{formatDate(data.cache?.cacheFlushTime, t.never)}</dd>
                </dl>
                <div>
                  <button type="button" className="btn" onClick={askEvict}>
                    {t.evict}
                  </button>
                </div>
              </section>
            </div>
          );
        }}
      </QueryBoundary>
      {dialog}
    </section>
  );
}
