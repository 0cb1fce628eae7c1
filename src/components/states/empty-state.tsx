import type { ReactNode } from 'react';
import { useStatesText } from './states-text';

export type EmptyStateProps = {
  title?: ReactNode;
  children?: ReactNode;
  /** The next step, e.g. a "Create user" button or link. */
  action?: ReactNode;
};

export function EmptyState({ title, children, action }: EmptyStateProps) {
  const t = useStatesText();
  return (
    <div className="empty-state state-panel">
      <p className="state-title">{title ?? t.emptyTitle}</p>
      {children && <div>{children}</div>}
      {action && <div className="state-action">{action}</div>}
    </div>
  );
}
