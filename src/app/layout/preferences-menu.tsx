import { useState } from 'react';
import { applyTheme, savedTheme, type ThemeChoice } from '@/lib/theme';
import { LOCALE_NAMES, LOCALES, useLocale, type Locale } from '@/lib/i18n/locale';
import { useShellText } from '../shell-text';

/** Theme and language switches; both apply at once and are remembered on this device. */
export function PreferencesMenu() {
  const t = useShellText();
  const { locale, setLocale } = useLocale();
  const [theme, setTheme] = useState<ThemeChoice>(savedTheme);
  return (
    <div className="preferences">
      <label>
        <span className="visually-hidden">{t.theme}</span>
        <select
          value={theme}
          aria-label={t.theme}
          onChange={(e) => {
            const v = e.target.value as ThemeChoice;
            setTheme(v);
            applyTheme(v);
          }}
        >
          <option value="system">{t.themeSystem}</option>
          <option value="light">{t.themeLight}</option>
          <option value="dark">{t.themeDark}</option>
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t.language}</span>
        <select value={locale} aria-label={t.language} onChange={(e) => setLocale(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
