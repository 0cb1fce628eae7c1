import { useId } from 'react';
import { Route, Routes } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { nhnCall } from '../client';
import { nhnKeys } from '../queries/keys';
import { useNhnText } from '../nhn-text';
import { flattenSettings } from '../shared/flatten';
import { ManagedNote } from '../shared/managed-note';
import { useOrgId } from '../shared/use-org-id';
import '../nhn.css';

type Section = 'ipAcl' | 'session' | 'mfa' | 'loginFail' | 'password';

/** Each setting's read, reduced to the value shown; `null` means the org has not set it. */
const READS: Record<Section, (c: string, orgId: string, signal: AbortSignal) => Promise<unknown>> = {
  ipAcl: async (c, orgId, signal) => (await nhnCall(c, 'getIpAcl', { params: { orgId }, signal })).orgIpAcl,
  session: async (c, orgId, signal) =>
    (await nhnCall(c, 'getSessionSetting', { params: { orgId }, signal })).result.content,
  mfa: async (c, orgId, signal) => (await nhnCall(c, 'getMfaSetting', { params: { orgId }, signal })).result,
  loginFail: async (c, orgId, signal) =>
    (await nhnCall(c, 'getLoginFailSetting', { params: { orgId }, signal })).result,
  password: async (c, orgId, signal) =>
    (await nhnCall(c, 'getPasswordRule', { params: { orgId }, signal })).result.content.value,
};

function SettingCard({ section, title }: { section: Section; title: string }) {
  const t = useNhnText();
  const { id } = useCurrentConnection();
  const orgId = useOrgId();
  const query = useQuery({
    queryKey: nhnKeys.setting(id, orgId, section),
    queryFn: ({ signal }) => READS[section](id, orgId, signal),
  });
  return (
    <section className="card stack" aria-label={title}>
      <h2>{title}</h2>
      <QueryBoundary
        query={query}
        isEmpty={(v) => flattenSettings(v).length === 0}
        empty={<EmptyState title={t.notSet} />}
      >
        {(v) => (
          <dl className="nhn-settings">
            {flattenSettings(v).map(([k, val]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{val || t.notSet}</dd>
              </div>
            ))}
          </dl>
        )}
      </QueryBoundary>
    </section>
  );
}

function Governance() {
  const t = useNhnText();
  const titleId = useId();
  return (
    <section className="page nhn-page" aria-labelledby={titleId}>
      <PageHeader title={t.securityTitle} titleId={titleId} />
      <ManagedNote />
      <div className="nhn-cards">
        <SettingCard section="ipAcl" title={t.ipAcl} />
        <SettingCard section="session" title={t.session} />
        <SettingCard section="mfa" title={t.mfa} />
        <SettingCard section="loginFail" title={t.loginFail} />
        <SettingCard section="password" title={t.passwordPolicy} />
      </div>
    </section>
  );
}

/** `/c/:id/governance`: the org's security settings, read-only as the API is. */
export default function GovernancePage() {
  return (
    <Routes>
      <Route path="governance" element={<Governance />} />
    </Routes>
  );
}
