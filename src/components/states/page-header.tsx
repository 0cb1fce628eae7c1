import type { ReactNode } from 'react';

export type PageHeaderProps = {
  title: ReactNode;
  /** Give the same id to the page's `aria-labelledby`, so the landmark is named by its heading. */
  titleId?: string;
  description?: ReactNode;
  /** Primary page actions, e.g. "Create user"; placed at the end of the header. */
  actions?: ReactNode;
  /** Small line above the title, e.g. breadcrumbs or the vendor and tenant. */
  eyebrow?: ReactNode;
};

/** The one h1 of a page, with its description and actions. */
export function PageHeader({ title, titleId, description, actions, eyebrow }: PageHeaderProps) {
  return (
    <header className="page-header">
      <div>
        {eyebrow && <div className="page-eyebrow muted">{eyebrow}</div>}
        <h1 id={titleId}>{title}</h1>
        {description && <p className="muted page-description">{description}</p>}
      </div>
      {actions && <div className="row page-actions">{actions}</div>}
    </header>
  );
}
