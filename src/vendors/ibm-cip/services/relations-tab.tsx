import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { QueryBoundary } from '@/components/states';
import { APPROVAL_PROCESSES, type ApprovalProcess } from '../wire';
import { serviceListQuery, serviceParentQuery } from '../queries/service-options';
import { useAddChildren, useAddContained, useRemoveChildren, useRemoveContained } from '../queries/services';
import { useServicesText } from './services-text';
import { useServiceLabels } from './service-labels';
import type { ServiceGraph } from './use-service-graph';
import { RelationList } from './relation-list';
import { AddRelationForm } from './add-relation-form';

/** The two relation graphs side by side: parent and children (S4/S5), and containment (S6/S7). */
export function RelationsTab({ name, graph }: { name: string; graph: ServiceGraph }) {
  const t = useServicesText();
  return (
    <div className="cip-columns">
      <section className="stack cip-card" aria-labelledby="cip-rel-hierarchy">
        <h3 id="cip-rel-hierarchy" className="cip-h2">
          {t.hierarchy}
        </h3>
        <ParentLine name={name} />
        <Children name={name} graph={graph} />
      </section>
      <section className="stack cip-card" aria-labelledby="cip-rel-containment">
        <h3 id="cip-rel-containment" className="cip-h2">
          {t.containment}
        </h3>
        <Contained name={name} graph={graph} />
        <Containers name={name} />
      </section>
    </div>
  );
}

function ParentLine({ name }: { name: string }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const parent = useQuery(serviceParentQuery(id, name));
  return (
    <p>
      <strong>{t.parentIs}: </strong>
      {parent.data ? (
        <Link to={href(`services/${encodeURIComponent(parent.data)}`)}>{parent.data}</Link>
      ) : parent.isSuccess ? (
        t.noParent
      ) : (
        '…'
      )}
    </p>
  );
}

function Children({ name, graph }: { name: string; graph: ServiceGraph }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const query = useQuery(serviceListQuery(id, name, 'children'));
  const add = useAddChildren();
  const remove = useRemoveChildren();
  // A child may not be the service itself or one of its ancestors: the hierarchy would loop.
  const refuse = (names: string[]) => {
    if (names.some((n) => n.toLowerCase() === name.toLowerCase())) return t.notItself;
    const above = new Set(graph.ancestors(name).map((a) => a.toLowerCase()));
    const loops = names.filter((n) => above.has(n.toLowerCase()));
    return loops.length > 0 ? t.wouldCycle(loops.join(', ')) : undefined;
  };
  return (
    <div className="stack">
      <h4 className="cip-h3">{t.children}</h4>
      <QueryBoundary query={query}>
        {(children) => (
          <RelationList
            label={t.children}
            names={children}
            empty={t.noChildren}
            pending={remove.isPending}
            onRemove={(names, done) => remove.mutate({ service: name, children: names }, { onSuccess: done })}
          />
        )}
      </QueryBoundary>
      <AddRelationForm
        label={t.addChildren}
        help={`${t.servicesHelp} ${t.reparentNote}`}
        known={graph.list}
        pending={add.isPending}
        refuse={refuse}
        onAdd={(names, done) => add.mutate({ service: name, children: names }, { onSuccess: done })}
      />
    </div>
  );
}

function Contained({ name, graph }: { name: string; graph: ServiceGraph }) {
  const t = useServicesText();
  const labels = useServiceLabels();
  const { id } = useCurrentConnection();
  const query = useQuery(serviceListQuery(id, name, 'contained'));
  const add = useAddContained();
  const remove = useRemoveContained();
  const [process, setProcess] = useState<ApprovalProcess>('DEFAULT');
  const selectId = useId();
  return (
    <div className="stack">
      <h4 className="cip-h3">{t.contains}</h4>
      <QueryBoundary query={query}>
        {(contained) => (
          <RelationList
            label={t.contains}
            names={contained}
            empty={t.noContained}
            pending={remove.isPending}
            onRemove={(names, done) =>
              remove.mutate({ service: name, contained: names }, { onSuccess: done })
            }
          />
        )}
      </QueryBoundary>
      <AddRelationForm
        label={t.addContained}
        known={graph.list}
        pending={add.isPending}
        refuse={(names) =>
          names.some((n) => n.toLowerCase() === name.toLowerCase()) ? t.notItself : undefined
        }
        onAdd={(names, done) =>
          add.mutate({ service: name, contained: names, approvalProcess: process }, { onSuccess: done })
        }
      >
        <div className="field">
          <label htmlFor={selectId}>{t.approvalProcess}</label>
          <select
            id={selectId}
            value={process}
            aria-describedby={`${selectId}-help`}
            onChange={(e) => setProcess(e.target.value as ApprovalProcess)}
          >
            {APPROVAL_PROCESSES.map((p) => (
              <option key={p} value={p}>
                {labels.approval[p] ?? p}
              </option>
            ))}
          </select>
          <span id={`${selectId}-help`} className="field-help">
            {t.approvalHelp}
          </span>
        </div>
      </AddRelationForm>
    </div>
  );
}

/** S7 is read-only here: a containment is changed on its container, one link away. */
function Containers({ name }: { name: string }) {
  const t = useServicesText();
  const { id } = useCurrentConnection();
  const query = useQuery(serviceListQuery(id, name, 'containers'));
  return (
    <div className="stack">
      <h4 className="cip-h3">{t.containedIn}</h4>
      <QueryBoundary query={query}>
        {(containers) => <RelationList label={t.containedIn} names={containers} empty={t.noContainers} />}
      </QueryBoundary>
    </div>
  );
}
