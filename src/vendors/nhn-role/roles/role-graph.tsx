import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useRoleText } from '../role-text';
import { edgeKey, NODE, placeNodes, stepFrom, type Edge } from './graph-layout';
import { useRolesText } from './roles-text';

const short = (n: string) => (n.length > 18 ? `${n.slice(0, 17)}…` : n);

/**
 * The relation graph, layered by depth. Each role is a button; the graph is one tab stop (hundreds of roles
 * must not be hundreds of stops) and the arrow keys move between roles in reading order, top layer first:
 * Left/Right to the previous or next role, Up/Down to the nearest role in the row above or below, Home/End.
 * Enter or Space selects a role and the edge table beside shows its relations, where each edge is reachable
 * by keyboard. A click on an edge selects that edge for its conditions. DENY edges are red with a cross,
 * conditional ones dashed with their condition count; the legend says so in words.
 */
export function RoleGraph(props: {
  nodes: readonly string[];
  edges: readonly Edge[];
  selectedNode: string | null;
  selectedEdge: string | null;
  onSelectNode: (roleId: string | null) => void;
  onSelectEdge: (key: string) => void;
}) {
  const { nodes, edges, selectedNode, selectedEdge } = props;
  const t = useRolesText();
  const r = useRoleText();
  const id = useId();
  const layout = placeNodes(nodes, edges);
  const svg = useRef<SVGSVGElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const stop = [focused, selectedNode].find((n) => n !== null && layout.pos.has(n)) ?? layout.order[0];
  const touches = (e: Edge) => selectedNode !== null && (e.from === selectedNode || e.to === selectedNode);
  const onKey = (n: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onSelectNode(selectedNode === n ? null : n);
    } else if (e.key === 'Escape' && selectedNode) {
      props.onSelectNode(null);
    } else {
      const to = stepFrom(layout, n, e.key);
      if (to === undefined) return;
      e.preventDefault();
      [...(svg.current?.querySelectorAll<SVGGElement>('[data-node]') ?? [])]
        .find((el) => el.dataset.node === to)
        ?.focus();
    }
  };
  return (
    <div className="stack">
      <div className="role-graph">
        <svg
          ref={svg}
          role="group"
          aria-label={t.graphLabel(nodes.length, edges.length)}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
        >
          <defs>
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
            </marker>
          </defs>
          {edges.map((e) => {
            const a = layout.pos.get(e.from);
            const b = layout.pos.get(e.to);
            if (!a || !b) return null;
            const [x1, y1, x2, y2] = [a.x + NODE.w / 2, a.y + NODE.h, b.x + NODE.w / 2, b.y];
            const [mx, my] = [(x1 + x2) / 2, (y1 + y2) / 2];
            const key = edgeKey(e);
            const cls = [
              'role-edge',
              e.policy === 'DENY' ? 'role-edge-deny' : 'role-edge-allow',
              e.conditions > 0 ? 'role-edge-conditional' : '',
              key === selectedEdge ? 'role-edge-selected' : '',
              touches(e) ? 'role-edge-focus' : '',
            ].join(' ');
            return (
              <g
                key={key}
                className={cls}
                data-edge={key}
                data-policy={e.policy}
                data-conditions={e.conditions}
                onClick={() => props.onSelectEdge(key)}
              >
                <line x1={x1} y1={y1} x2={x2} y2={y2} className="role-edge-hit" />
                <line
                  x1={x1}
                  y1={y1}
                  x2={x2}
                  y2={y2}
                  className="role-edge-line"
                  strokeDasharray={e.conditions > 0 ? '6 4' : undefined}
                  markerEnd={`url(#${id}-arrow)`}
                />
                {e.policy === 'DENY' && (
                  <text x={mx - 12} y={my + 4} textAnchor="middle" className="role-edge-mark">
                    ✕
                  </text>
                )}
                {e.conditions > 0 && (
                  <text x={mx + 6} y={my - 4} className="role-edge-label">
                    {r.conditionCount(e.conditions)}
                  </text>
                )}
              </g>
            );
          })}
          {layout.order.map((n) => {
            const p = layout.pos.get(n);
            if (!p) return null;
            const out = edges.filter((e) => e.from === n).length;
            const into = edges.filter((e) => e.to === n).length;
            return (
              <g
                key={n}
                role="button"
                data-node={n}
                tabIndex={n === stop ? 0 : -1}
                onFocus={() => setFocused(n)}
                aria-pressed={selectedNode === n}
                aria-label={t.nodeLabel(n, out, into)}
                className={selectedNode === n ? 'role-graph-node role-node-selected' : 'role-graph-node'}
                transform={`translate(${p.x},${p.y})`}
                onClick={() => props.onSelectNode(selectedNode === n ? null : n)}
                onKeyDown={onKey(n)}
              >
                <title>{n}</title>
                <rect width={NODE.w} height={NODE.h} rx={6} className="role-node" />
                <text x={NODE.w / 2} y={NODE.h / 2 + 4} textAnchor="middle" className="role-node-text">
                  {short(n)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <GraphLegend />
    </div>
  );
}

function GraphLegend() {
  const t = useRolesText();
  const swatch = (cls: string, dashed: boolean, mark?: string) => (
    <svg width="40" height="14" aria-hidden="true" className={`role-edge ${cls}`}>
      <line
        x1="2"
        y1="7"
        x2="38"
        y2="7"
        className="role-edge-line"
        strokeDasharray={dashed ? '6 4' : undefined}
      />
      {mark && (
        <text x="20" y="11" textAnchor="middle" className="role-edge-mark">
          {mark}
        </text>
      )}
    </svg>
  );
  return (
    <ul className="row role-legend" aria-label={t.legend}>
      <li>
        {swatch('role-edge-allow', false)} {t.legendAllow}
      </li>
      <li>
        {swatch('role-edge-deny', false, '✕')} {t.legendDeny}
      </li>
      <li>
        {swatch('role-edge-allow role-edge-conditional', true)} {t.legendConditional}
      </li>
    </ul>
  );
}
