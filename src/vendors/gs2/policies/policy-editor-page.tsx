import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { PageHeader, QueryBoundary } from '@/components/states';
import { policyQuery } from '../queries/options';
import { PolicyForm } from './policy-form';
import { usePolicyText } from './policy-text';

/** `policies/new` creates; `policies/custom/:name` edits the saved version. */
export function PolicyEditorPage() {
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const name = useParams().name;
  const titleId = useId();
  const query = useQuery({ ...policyQuery(id, name ?? ''), enabled: name !== undefined });
  return (
    <section className="page gs2-page stack" aria-labelledby={titleId}>
      <PageHeader
        title={name === undefined ? p.newTitle : p.editTitle(name)}
        titleId={titleId}
        eyebrow={<Link to={href('policies')}>{p.allPolicies}</Link>}
        description={name === undefined ? undefined : p.effectNow}
      />
      {name === undefined ? (
        <PolicyForm key=":new" />
      ) : (
        <QueryBoundary query={query}>
          {(saved) => <PolicyForm key={saved.name} saved={saved} />}
        </QueryBoundary>
      )}
    </section>
  );
}
