import { useShellText } from '../shell-text';

export function HomePage() {
  const t = useShellText();
  return (
    <section className="page" aria-labelledby="home-title">
      <h1 id="home-title">{t.welcomeTitle}</h1>
      <p className="lead">{t.welcomeBody}</p>
    </section>
  );
}

export default HomePage;
