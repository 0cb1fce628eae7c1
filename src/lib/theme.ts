export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'tessera.theme';

export function savedTheme(): ThemeChoice {
  const v = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

/** `system` removes the attribute so the CSS follows prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') {
    document.documentElement.removeAttribute('data-theme');
    localStorage.removeItem(KEY);
  } else {
    document.documentElement.setAttribute('data-theme', choice);
    localStorage.setItem(KEY, choice);
  }
}
