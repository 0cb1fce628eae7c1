import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { CodeEditor } from '@/components/code-editor';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { useGs2Text } from '../gs2-text';
import { commonPoliciesQuery } from '../queries/options';
import { usePolicyText } from './policy-text';

/** GS2-defined policies cannot be changed: no route addresses them by name, so they are only shown. */
export function CommonPolicyView() {
  const t = useGs2Text();
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const href = useConnectionHref();
  const name = useParams().name ?? '';
  const query = useQuery(commonPoliciesQuery(id));
  const titleId = useId();
  return (
    <section className="page gs2-page stack" aria-labelledby={titleId}>
      <PageHeader
        title={name}
        titleId={titleId}
        eyebrow={<Link to={href('policies')}>{p.allPolicies}</Link>}
        description={p.readOnly}
      />
      <QueryBoundary query={query}>
        {(list) => {
          const pol = list.find((x) => x.name === name);
          if (!pol) return <EmptyState title={p.notFound(name)} />;
          return (
            <div className="stack">
              <p>{pol.description}</p>
              <p className="mono">{pol.securityPolicyId}</p>
              <CodeEditor
                label={p.document}
                language="json"
                value={pretty(pol.policy)}
                readOnly
                height={360}
              />
              <p className="muted">{t.gs2Defined}</p>
            </div>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
