import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { useConfirm } from '@/components/confirm-dialog';
import { QueryBoundary } from '@/components/states';
import { pickTab, RouteTabs } from '@/components/route-tabs';
import { serviceListQuery, serviceQuery } from '../queries/service-options';
import { useDeleteService } from '../queries/services';
import { useServicesText } from './services-text';
import type { ServiceGraph } from './use-service-graph';
import { RelationsTab } from './relations-tab';
import { ServiceAttributesForm } from './service-attributes-form';
import { ServiceMembersTab } from './service-members-tab';

export const SERVICE_TABS = ['relations', 'attributes', 'members'] as const;

/** One service (S2) with its tabs in the URL. */
export function ServiceDetail(props: { name: string; tab: string | undefined; graph: ServiceGraph }) {
  const { name, graph } = props;
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const tab = pickTab(SERVICE_TABS, props.tab);
  const query = useQuery(serviceQuery(id, name));
  const titleId = useId();
  const base = `services/${encodeURIComponent(name)}`;
  const labels = { relations: t.tabRelations, attributes: t.tabAttributes, members: t.tabMembers };
  return (
    <section className="stack cip-service" aria-labelledby={titleId}>
      <div className="row cip-service-head">
        <h2 id={titleId} className="cip-service-title">
          {name}
        </h2>
        {query.isSuccess && <DeleteServiceButton name={name} />}
      </div>
      <RouteTabs
        label={t.detailTabs}
        current={tab}
        tabs={SERVICE_TABS.map((k) => ({ key: k, label: labels[k], to: href(`${base}/${k}`) }))}
      />
      <QueryBoundary query={query}>
        {(entry) => (
          <div className="cip-tab-panel">
            {tab === 'relations' && <RelationsTab name={name} graph={graph} />}
            {tab === 'attributes' && <ServiceAttributesForm name={name} entry={entry} />}
            {tab === 'members' && <ServiceMembersTab name={name} entry={entry} />}
          </div>
        )}
      </QueryBoundary>
    </section>
  );
}

/** What a deletion takes with it, read fresh when the dialog opens so the list is not stale. */
function useHangingOff(name: string) {
  const { id } = useCurrentConnection();
  const children = useQuery(serviceListQuery(id, name, 'children'));
  const contained = useQuery(serviceListQuery(id, name, 'contained'));
  const containers = useQuery(serviceListQuery(id, name, 'containers'));
  const members = useQuery(serviceListQuery(id, name, 'members'));
  return {
    children: children.data,
    contained: contained.data,
    containers: containers.data,
    members: members.data,
  };
}

function DeleteServiceButton({ name }: { name: string }) {
  const t = useServicesText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteService({ onError: () => undefined });
  const hanging = useHangingOff(name);
  const ask = async () => {
    const { children = [], contained = [], containers = [], members = [] } = hanging;
    const lines = [
      children.length > 0 && `${t.childrenCount(children.length)}: ${children.join(', ')}`,
      contained.length > 0 && `${t.containedCount(contained.length)}: ${contained.join(', ')}`,
      containers.length > 0 && `${t.containersCount(containers.length)}: ${containers.join(', ')}`,
      members.length > 0 && t.membersCount(members.length),
    ].filter((l): l is string => typeof l === 'string');
    const ok = await confirm({
      title: t.deleteTitle(name),
      variant: 'destructive',
      resourceName: name,
      confirmLabel: t.deleteService,
      children: (
        <>
          <p>{t.deleteBody}</p>
          <p className="cip-h3">{t.hangsOff}</p>
          {lines.length === 0 ? (
            <p>{t.nothingHangs}</p>
          ) : (
            <ul className="cip-list">
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </>
      ),
      action: () => remove.mutateAsync({ name }),
    });
    if (ok) void navigate(href('services'));
  };
  return (
    <>
      <button type="button" className="btn btn-danger" onClick={() => void ask()}>
        {t.deleteService}
      </button>
      {dialog}
    </>
  );
}
