import type { EditorMarker } from './types';
import { useEditorText } from './editor-text';

/**
 * The editor's problems as text outside Monaco, so screen reader users and tests can read them, and a
 * form can show why Save is disabled.
 */
export function MarkerList({ markers }: { markers: readonly EditorMarker[] }) {
  const t = useEditorText();
  if (markers.length === 0) return null;
  return (
    <div className="marker-list" role="status">
      <p className="marker-count">{t.problems(markers.length)}</p>
      <ul>
        {markers.map((m, i) => (
          <li key={i} className={`marker-${m.severity}`}>
            <span className="mono">
              {m.line}:{m.column}
            </span>{' '}
            {m.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
