import { useState } from 'react';
import { Link } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { EmptyState } from '@/components/states';
import { useServicesText } from './services-text';

/**
 * Related service names as links, with one-by-one and selected removal when `onRemove` is given. The
 * selection is dropped once a removal succeeds.
 */
export function RelationList(props: {
  label: string;
  names: readonly string[];
  empty: string;
  pending?: boolean;
  onRemove?: (names: string[], done: () => void) => void;
}) {
  const { names, onRemove, pending = false } = props;
  const t = useServicesText();
  const href = useConnectionHref();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosen = names.filter((n) => selected.has(n));
  const clear = () => setSelected(new Set());
  if (names.length === 0) return <EmptyState title={props.empty} />;
  return (
    <div className="stack">
      <ul className="cip-relations" aria-label={props.label}>
        {names.map((n) => (
          <li key={n} className="row">
            {onRemove && (
              <input
                type="checkbox"
                aria-label={t.selectItem(n)}
                checked={selected.has(n)}
                onChange={() =>
                  setSelected((prev) => {
                    const next = new Set(prev);
                    if (next.has(n)) next.delete(n);
                    else next.add(n);
                    return next;
                  })
                }
              />
            )}
            <Link to={href(`services/${encodeURIComponent(n)}`)}>{n}</Link>
            {onRemove && (
              <button
                type="button"
                className="btn btn-ghost"
                disabled={pending}
                onClick={() => onRemove([n], clear)}
              >
                {t.removeItem(n)}
              </button>
            )}
          </li>
        ))}
      </ul>
      {onRemove && names.length > 1 && (
        <div>
          <button
            type="button"
            className="btn"
            disabled={chosen.length === 0 || pending}
            onClick={() => onRemove(chosen, clear)}
          >
            {t.removeSelected(chosen.length)}
          </button>
        </div>
      )}
    </div>
  );
}
