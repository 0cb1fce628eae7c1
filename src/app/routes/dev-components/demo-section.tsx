import { useId, type ReactNode } from 'react';

/** One component's corner of the gallery, with a heading screen readers can jump to. */
export function DemoSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card dev-demo" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
