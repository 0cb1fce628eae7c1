import { useMutation } from '@tanstack/react-query';
import { describeError } from '@/lib/http/errors';
import { testConnection, useOwnRole, type TestResult } from './api';
import { useConnectionsText } from './connections-text';

/**
 * Tests a saved connection and shows the outcome, in the vendor's words, beside the button. Viewers do
 * not get it (the server refuses them too).
 */
export function TestConnectionButton({ connectionId, label }: { connectionId: string; label: string }) {
  const t = useConnectionsText();
  const role = useOwnRole();
  const test = useMutation<TestResult>({ mutationFn: () => testConnection(connectionId) });
  const result = test.data;
  if (role !== 'admin' && role !== 'operator') return null;
  return (
    <span className="connection-test">
      <button
        type="button"
        className="btn"
        aria-label={`${t.test}: ${label}`}
        disabled={test.isPending}
        aria-busy={test.isPending || undefined}
        onClick={() => test.mutate()}
      >
        {test.isPending ? t.testing : t.test}
      </button>
      <span role="status" className={result?.ok ? 'test-ok' : 'test-failed'}>
        {result?.ok && t.testOk(result.durationMs)}
        {result && !result.ok && `${t.testFailed} ${t.stage(result.stage)}: ${result.message}`}
        {test.isError && describeError(test.error)}
      </span>
    </span>
  );
}
