import { Link } from 'react-router';
import { paths } from '../paths';
import { useShellText } from '../shell-text';

export function NotFoundPage() {
  const t = useShellText();
  return (
    <section className="page page-centered" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link className="btn btn-primary" to={paths.home.href()}>
        {t.goHome}
      </Link>
    </section>
  );
}

export default NotFoundPage;
