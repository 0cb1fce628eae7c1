import { NavLink } from 'react-router';
import './route-tabs.css';

export type RouteTab<K extends string> = { key: K; label: string; to: string };

/**
 * Tabs that are links: each tab is its own URL, so a view can be bookmarked and shared, and the browser's
 * back button moves between tabs. The current one carries aria-current="page".
 */
export function RouteTabs<K extends string>(props: {
  label: string;
  tabs: readonly RouteTab<K>[];
  current: K;
}) {
  return (
    <nav aria-label={props.label} className="route-tabs">
      <ul>
        {props.tabs.map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} end aria-current={tab.key === props.current ? 'page' : undefined}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The tab a URL segment names, or the first tab when the segment is missing or unknown. */
export function pickTab<K extends string>(tabs: readonly K[], segment: string | undefined): K {
  const found = tabs.find((k) => k === segment);
  const first = tabs[0];
  if (found !== undefined) return found;
  if (first === undefined) throw new Error('pickTab needs at least one tab');
  return first;
}
