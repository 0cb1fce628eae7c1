/** A gallery of the shared components for development builds only; production builds drop this route. */
export function DevComponentsPage() {
  return (
    <section className="page" aria-labelledby="dev-title">
      <h1 id="dev-title">Components</h1>
    </section>
  );
}

export default DevComponentsPage;
