import type { ReactNode } from 'react';
import './sign-in.css';

/** The frame of the pages shown before the console: centred card, brand, one h1. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-page">
      <section className="auth-card" aria-labelledby="auth-title">
        <div className="auth-brand">
          <img src="/favicon.svg" alt="" width={24} height={24} />
          <span>Tessera</span>
        </div>
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
