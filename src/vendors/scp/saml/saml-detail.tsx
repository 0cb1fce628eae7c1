import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { CodeEditor } from '@/components/code-editor';
import { useConfirm } from '@/components/confirm-dialog';
import { PageHeader, QueryBoundary } from '@/components/states';
import type { SamlProviderDetailResponse } from '../wire/saml-providers';
import { useScpText } from '../scp-text';
import { formatDate } from '../shared/format';
import { samlQuery } from './api';
import { useDeleteSamlProviders } from './mutations';
import { useSamlText } from './saml-text';

const DAY = 86_400_000;

/** Days until the IdP's signing certificate expires; negative once it has. */
export const daysLeft = (iso: string, now: number) => Math.floor((new Date(iso).getTime() - now) / DAY);

export function SamlPage() {
  const t = useSamlText();
  const { id } = useCurrentConnection();
  const { samlProviderId = '' } = useParams();
  const href = useConnectionHref();
  const titleId = useId();
  const query = useQuery(samlQuery(id, samlProviderId));
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader
        title={query.data?.saml_provider_name ?? samlProviderId}
        titleId={titleId}
        description={<Link to={href('saml')}>{t.back}</Link>}
      />
      <QueryBoundary query={query}>{(p) => <SamlDetail provider={p} />}</QueryBoundary>
    </section>
  );
}

function CertExpiry({ iso }: { iso: string | null | undefined }) {
  const t = useSamlText();
  const s = useScpText();
  // The page's opening time is "now": expiry is a matter of days, not of re-renders.
  const [now] = useState(() => Date.now());
  if (!iso) return <>{s.notSet}</>;
  const days = daysLeft(iso, now);
  return (
    <>
      {formatDate(iso)}{' '}
      {days < 0 ? (
        <strong className="scp-warning">{t.expired}</strong>
      ) : days <= 30 ? (
        <strong className="scp-warning">{t.expiresSoon(days)}</strong>
      ) : null}
    </>
  );
}

function SamlDetail({ provider }: { provider: SamlProviderDetailResponse }) {
  const t = useSamlText();
  const s = useScpText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const { confirm, dialog } = useConfirm();
  const remove = useDeleteSamlProviders({ onError: () => undefined });
  const name = provider.saml_provider_name ?? provider.id;
  return (
    <div className="stack">
      <dl className="scp-facts">
        <dt>{t.federation}</dt>
        <dd>{provider.federation_type ?? s.notSet}</dd>
        <dt>{s.description}</dt>
        <dd>{provider.description ?? s.notSet}</dd>
        <dt>{t.issuer}</dt>
        <dd>
          <code className="scp-break">{provider.idp_issuer_url ?? s.notSet}</code>
        </dd>
        <dt>{t.sso}</dt>
        <dd>
          <code className="scp-break">{provider.idp_sso_url ?? s.notSet}</code>
        </dd>
        <dt>{t.acs}</dt>
        <dd>
          <code className="scp-break">{provider.acs_url ?? s.notSet}</code>
        </dd>
        <dt>{t.certEnd}</dt>
        <dd data-testid="scp-saml-cert">
          <CertExpiry iso={provider.idp_cert_end} />
        </dd>
        <dt>{t.fileName}</dt>
        <dd>
          {provider.idp_file_name ?? s.notSet}
          {provider.idp_file_size != null && ` (${t.fileSize(provider.idp_file_size)})`}
        </dd>
        <dt>{s.modified}</dt>
        <dd>{formatDate(provider.modified_at)}</dd>
      </dl>
      {provider.idp_file_data && (
        <CodeEditor label={t.xml} language="plaintext" value={provider.idp_file_data} readOnly height={360} />
      )}
      <div className="row">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() =>
            void confirm({
              title: t.deleteTitle(1),
              variant: 'destructive',
              resourceName: name,
              confirmLabel: t.deleteOne,
              children: <p>{t.deleteBody}</p>,
              action: () => remove.mutateAsync({ ids: [provider.id] }),
            }).then((ok) => ok && navigate(href('saml')))
          }
        >
          {t.deleteOne}
        </button>
      </div>
      {dialog}
    </div>
  );
}
