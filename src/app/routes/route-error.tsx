import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { describeError } from '@/lib/http/errors';
import { paths } from '../paths';
import { useShellText } from '../shell-text';

/** Shown in place of one route when it throws, so the rest of the shell keeps working. */
export function RouteError() {
  const error = useRouteError();
  const t = useShellText();
  const isChunkError =
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message);
  const message = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : isChunkError
      ? t.chunkFailed
      : describeError(error);
  return (
    <section className="page error-panel" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{t.routeErrorTitle}</h1>
      <p>{message}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
        <Link className="btn" to={paths.home.href()}>
          {t.goHome}
        </Link>
      </div>
    </section>
  );
}
