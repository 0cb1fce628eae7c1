import { describeError } from '@/lib/http/errors';

/** The server's one sentence about a failed step, announced when it appears. */
export function FormAlert({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <p className="error-panel" role="alert">
      {describeError(error)}
    </p>
  );
}
