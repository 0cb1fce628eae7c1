import { useId } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useConnectionHref, useCurrentConnection } from '@/lib/connection-context';
import { EmptyState, PageHeader, QueryBoundary } from '@/components/states';
import { pickTab, RouteTabs } from '@/components/route-tabs';
import type { SetupItem } from '../wire';
import { setupQuery } from './queries';
import { SETTINGS_TABS, type SettingsTab } from './tabs';
import { useSettingsText } from './settings-text';
import { SettingsTabPanel } from './tab-panel';
import { UnsavedChangesProvider } from './unsaved-guard';

const instanceIdOf = (item: SetupItem) => Number(item.id);

/**
 * `settings/:instance/:tab`: the instance and the section are both in the URL, so every view can be
 * linked. Without an instance the first one the tenant has is shown.
 */
export function SettingsShell() {
  const t = useSettingsText();
  const { id } = useCurrentConnection();
  const params = useParams();
  const setup = useQuery(setupQuery(id));
  const titleId = useId();
  return (
    <section className="page cip-page ss-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <QueryBoundary
        query={setup}
        isEmpty={(s) => s.instances.length === 0}
        empty={<EmptyState title={t.noInstances}>{t.noInstancesBody}</EmptyState>}
      >
        {(s) => (
          <SettingsBody
            instances={s.instances}
            instanceParam={params.instance}
            tab={pickTab(SETTINGS_TABS, params.tab)}
          />
        )}
      </QueryBoundary>
    </section>
  );
}

function SettingsBody(props: {
  instances: readonly SetupItem[];
  instanceParam: string | undefined;
  tab: SettingsTab;
}) {
  const t = useSettingsText();
  const href = useConnectionHref();
  const navigate = useNavigate();
  const pickerId = useId();
  const wanted = Number(props.instanceParam);
  const current = props.instances.find((i) => instanceIdOf(i) === wanted) ?? props.instances[0];
  if (!current) return null;
  const instanceId = instanceIdOf(current);
  const labels: Record<SettingsTab, string> = {
    'password-reset': t.tabPasswordReset,
    'security-questions': t.tabKba,
    'username-recovery': t.tabUsernameRecovery,
    'self-registration': t.tabSelfRegistration,
    portal: t.tabPortal,
    'email-templates': t.tabEmailTemplates,
    'text-keys': t.tabTextKeys,
    notices: t.tabNotices,
    branding: t.tabBranding,
    roles: t.tabRoles,
    'form-fields': t.tabFormFields,
    language: t.tabLanguage,
  };
  const to = (instance: number, tab: SettingsTab) => href(`settings/${String(instance)}/${tab}`);
  return (
    <UnsavedChangesProvider>
      <div className="stack">
        <div className="field ss-instance">
          <label htmlFor={pickerId}>{t.instance}</label>
          <select
            id={pickerId}
            value={String(instanceId)}
            onChange={(e) => void navigate(to(Number(e.target.value), props.tab))}
          >
            {props.instances.map((i) => (
              <option key={String(i.id)} value={String(i.id)}>
                {t.instanceLabel(instanceIdOf(i), i.name)}
              </option>
            ))}
          </select>
        </div>
        <RouteTabs
          label={t.tabsLabel}
          current={props.tab}
          tabs={SETTINGS_TABS.map((k) => ({ key: k, label: labels[k], to: to(instanceId, k) }))}
        />
        <div className="cip-tab-panel">
          <SettingsTabPanel
            key={`${String(instanceId)}/${props.tab}`}
            tab={props.tab}
            instanceId={instanceId}
          />
        </div>
      </div>
    </UnsavedChangesProvider>
  );
}
