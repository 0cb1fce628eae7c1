import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../paths';
import { useShellText } from '../shell-text';
import { consoleNav } from './nav-items';
import { ConnectionSwitcher } from './connection-switcher';
import { PreferencesMenu } from './preferences-menu';

/** The frame around every signed-in page: header, navigation and the routed content. */
export function AppLayout() {
  const t = useShellText();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="shell-header">
        <NavLink to={paths.home.href()} className="brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>{t.appName}</span>
        </NavLink>
        <div className="shell-header-end">
          <ConnectionSwitcher />
          <PreferencesMenu />
        </div>
      </header>
      <nav className="shell-nav" aria-label={t.mainNav}>
        <ul>
          <li>
            <NavLink to={paths.home.href()} end>
              {t.home}
            </NavLink>
          </li>
          {consoleNav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to}>{item.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t.loading}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
