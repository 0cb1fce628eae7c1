import { useId } from 'react';
import { layers, type Edge } from './graph-layout';
import { useRolesText } from './roles-text';

const W = 150;
const H = 36;
const GAP_X = 24;
const GAP_Y = 56;

/**
 * The relation graph, layered by depth. It is a picture (one accessible name); the table beside it lists
 * the same edges for keyboard and screen-reader use and is where edges are edited.
 */
export function RoleGraph({ nodes, edges }: { nodes: readonly string[]; edges: readonly Edge[] }) {
  const t = useRolesText();
  const markerId = useId();
  const rows = layers(nodes, edges);
  const pos = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) =>
    row.forEach((n, c) => pos.set(n, { x: c * (W + GAP_X) + 8, y: r * (H + GAP_Y) + 8 })),
  );
  const width = Math.max(...rows.map((r) => r.length), 1) * (W + GAP_X) + 16;
  const height = rows.length * (H + GAP_Y) + 16;
  return (
    <div className="role-graph">
      <svg
        role="img"
        aria-label={t.graphLabel(nodes.length, edges.length)}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        <defs>
          <marker
            id={markerId}
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
          </marker>
        </defs>
        {edges.map((e) => {
          const a = pos.get(e.from);
          const b = pos.get(e.to);
          if (!a || !b) return null;
          return (
            <line
              key={`${e.from}>${e.to}`}
              x1={a.x + W / 2}
              y1={a.y + H}
              x2={b.x + W / 2}
              y2={b.y}
              className={e.policy === 'DENY' ? 'role-edge-deny' : 'role-edge-allow'}
              strokeDasharray={e.conditions > 0 ? '5 3' : undefined}
              markerEnd={`url(#${markerId})`}
            />
          );
        })}
        {nodes.map((n) => {
          const p = pos.get(n);
          if (!p) return null;
          return (
            <g key={n} transform={`translate(${p.x},${p.y})`}>
              <rect width={W} height={H} rx={6} className="role-node" />
              <text x={W / 2} y={H / 2 + 4} textAnchor="middle" className="role-node-text">
                {n.length > 18 ? `${n.slice(0, 17)}…` : n}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
