import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** The app's scheme: a forced `data-theme` wins, otherwise the system preference (see lib/theme.ts). */
export function resolveScheme(dataTheme: string | null, prefersDark: boolean): ColorScheme {
  if (dataTheme === 'light' || dataTheme === 'dark') return dataTheme;
  return prefersDark ? 'dark' : 'light';
}

const query = () => window.matchMedia('(prefers-color-scheme: dark)');

function current(): ColorScheme {
  return resolveScheme(document.documentElement.getAttribute('data-theme'), query().matches);
}

function subscribe(onChange: () => void): () => void {
  const mq = query();
  mq.addEventListener('change', onChange);
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    mq.removeEventListener('change', onChange);
    mo.disconnect();
  };
}

/** Follows the theme switch and the system setting live, so an open editor changes with the page. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
