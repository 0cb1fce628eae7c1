import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorPanel } from '@/components/states';
import { useCurrentConnection } from '@/lib/connection-context';
import { HOLDER_SCAN_LIMIT, policyHoldersQuery } from './policy-holders';
import { usePolicyText } from './policy-text';

/** Inside the delete confirmation: the users who lose this policy's permissions when it goes. */
export function PolicyHoldersList({ grn }: { grn: string }) {
  const p = usePolicyText();
  const { id } = useCurrentConnection();
  const [scanned, setScanned] = useState(0);
  const query = useQuery(policyHoldersQuery(id, grn, setScanned));
  if (query.isPending) {
    return (
      <p className="muted" role="status" aria-busy="true">
        {p.holdersScanning(scanned)}
      </p>
    );
  }
  if (query.isError) return <ErrorPanel error={query.error} title={p.holdersFailed} />;
  const { holders, complete } = query.data;
  return (
    <div className="stack" data-testid="gs2-policy-holders">
      {holders.length === 0 ? (
        <p>{p.holdersNone}</p>
      ) : (
        <>
          <p>{p.holdersTitle(holders.length)}</p>
          <ul className="gs2-list">
            {holders.map((n) => (
              <li key={n} className="mono">
                {n}
              </li>
            ))}
          </ul>
        </>
      )}
      {!complete && <p className="muted">{p.holdersPartial(HOLDER_SCAN_LIMIT)}</p>}
    </div>
  );
}
