import { useId, type ReactNode } from 'react';
import { PageHeader } from '@/components/states';

/** The frame every SCP page shares: a section named by its header. */
export function ScpPage(props: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={props.title}
        titleId={titleId}
        description={props.description}
        actions={props.actions}
      />
      {props.children}
    </section>
  );
}
