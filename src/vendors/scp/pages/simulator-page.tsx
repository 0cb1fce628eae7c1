import { useId } from 'react';
import { PageHeader } from '@/components/states';
import { AccountGate } from '../account';
import { SimulatorView } from '../simulator/simulator-view';
import { useSimulatorText } from '../simulator/simulator-text';
import '../scp.css';
import '../simulator/simulator.css';

/** Would SCP allow a user this action on this resource in this region, and which statement says so. */
export default function SimulatorPage() {
  const t = useSimulatorText();
  const titleId = useId();
  return (
    <section className="page scp-page" aria-labelledby={titleId}>
      <PageHeader title={t.title} titleId={titleId} description={t.description} />
      <AccountGate>{(accountId) => <SimulatorView accountId={accountId} />}</AccountGate>
    </section>
  );
}
