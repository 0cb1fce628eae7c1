/** A problem body as the Tessera server sends it (RFC 9457), or a vendor's error decoded by its parser. */
export type FieldError = { field: string; message: string };

/** The server or a vendor answered with a non-2xx status. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly body: unknown,
    readonly requestId: string | undefined,
    /** Human text from the server or the vendor, already parsed. */
    readonly detail: string | undefined,
    /** Machine code: Tessera's problem type suffix or the vendor's error code. */
    readonly code: string | undefined,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(`[${method}] ${url}: ${status}${detail ? ` ${detail}` : ''}`);
  }
}

/** The request never got an answer: offline, DNS, connection reset, aborted by timeout. */
export class NetworkError extends Error {
  override name = 'NetworkError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`[${method}] ${url}: ${reason}`);
  }
}

/** The answer arrived but does not have the shape we expect: the server or vendor changed its contract. */
export class ContractError extends Error {
  override name = 'ContractError';
  constructor(
    readonly method: string,
    readonly url: string,
    readonly issues: readonly { path: readonly PropertyKey[]; message: string }[],
  ) {
    super(
      `[${method}] ${url}: unexpected response (${issues
        .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
        .slice(0, 3)
        .join('; ')})`,
    );
  }
}

/** One sentence for a toast or an error panel, chosen by error class, never by matching message text. */
export function describeError(err: unknown): string {
  if (err instanceof HttpError) {
    if (err.detail) return err.detail;
    if (err.status === 401) return 'Your session has ended. Sign in again.';
    if (err.status === 403) return 'You are not allowed to do this.';
    if (err.status === 404) return 'Not found. It may have been deleted.';
    if (err.status >= 500) return `The server failed (${err.status}). Try again in a moment.`;
    return `The request failed (${err.status}).`;
  }
  if (err instanceof NetworkError) return 'Cannot reach Tessera. Check your connection and try again.';
  if (err instanceof ContractError)
    return 'The answer had an unexpected shape; the vendor may have changed its API.';
  if (err instanceof Error) return err.message;
  return 'Something went wrong.';
}
