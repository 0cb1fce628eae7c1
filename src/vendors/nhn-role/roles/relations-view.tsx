import { useId } from 'react';
import type { RoleBundleProtocol } from '../wire/roles';
import type { RoleConn } from '../shared/use-role-conn';
import { EdgeConditions } from './edge-conditions';
import { EdgeTable } from './edge-table';
import { edgeKey, parseEdgeKey, type Edge } from './graph-layout';
import { RoleGraph } from './role-graph';
import { useRolesText } from './roles-text';

export const toEdges = (roles: readonly RoleBundleProtocol[]): Edge[] =>
  roles.flatMap((r) =>
    (r.roleRelations ?? []).map((rel) => ({
      from: r.roleId,
      to: rel.roleId,
      policy: rel.roleApplyPolicyCode,
      conditions: rel.conditions?.length ?? 0,
    })),
  );

/** The graph beside the edge table, and the selected edge's conditions in a side panel. */
export function RelationsView(props: {
  conn: RoleConn;
  roles: readonly RoleBundleProtocol[];
  node: string | null;
  edge: string | null;
  onNode: (roleId: string | null) => void;
  onEdge: (key: string | null) => void;
}) {
  const t = useRolesText();
  const id = useId();
  const { roles } = props;
  const ids = roles.map((r) => r.roleId);
  const edges = toEdges(roles);
  const node = props.node && ids.includes(props.node) ? props.node : null;
  const picked = parseEdgeKey(props.edge);
  const relation = picked
    ? roles.find((r) => r.roleId === picked.from)?.roleRelations?.find((x) => x.roleId === picked.to)
    : undefined;
  return (
    <div className="role-split role-relations">
      <section className="stack" aria-labelledby={`${id}-graph`}>
        <h2 id={`${id}-graph`}>{t.graph}</h2>
        <p className="field-help">{t.graphHelp}</p>
        <RoleGraph
          nodes={ids}
          edges={edges}
          selectedNode={node}
          selectedEdge={props.edge}
          onSelectNode={props.onNode}
          onSelectEdge={props.onEdge}
        />
      </section>
      <div className="stack">
        <EdgeTable
          conn={props.conn}
          roles={ids}
          edges={edges}
          selectedNode={node}
          selectedEdge={props.edge}
          onSelectEdge={props.onEdge}
          onShowAll={() => props.onNode(null)}
        />
        {picked && (
          <EdgeConditions
            key={`${edgeKey(picked)}/${JSON.stringify(relation?.conditions ?? null)}`}
            conn={props.conn}
            from={picked.from}
            to={picked.to}
            conditions={relation ? (relation.conditions ?? []) : undefined}
            onClose={() => props.onEdge(null)}
          />
        )}
      </div>
    </div>
  );
}
