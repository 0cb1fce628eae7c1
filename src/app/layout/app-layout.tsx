import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { paths } from '../paths';
import { useShellText } from '../shell-text';
import { navFor } from './nav-items';
import { ConnectionSwitcher } from './connection-switcher';
import { PreferencesMenu } from './preferences-menu';
import { SessionGate } from './session-gate';
import { useSession } from './session';
import { UserMenu } from './user-menu';

/** The frame around every signed-in page: header, navigation and the routed content. */
export function AppLayout() {
  return (
    <SessionGate>
      <Shell />
    </SessionGate>
  );
}

function Shell() {
  const t = useShellText();
  const role = useSession()?.operator.role;
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
          <UserMenu />
        </div>
      </header>
      <nav className="shell-nav" aria-label={t.mainNav}>
        <ul>
          <li>
            <NavLink to={paths.home.href()} end>
              {t.home}
            </NavLink>
          </li>
          {navFor(role).map((item) => (
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
