import { currentLocale } from '@/lib/i18n/locale';

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

const GENERIC = {
  en: {
    signInAgain: 'Your session has ended. Sign in again.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'Not found. It may have been deleted.',
    serverFailed: (s: number) => `The server failed (${s}). Try again in a moment.`,
    failed: (s: number) => `The request failed (${s}).`,
    offline: 'Cannot reach Tessera. Check your connection and try again.',
    contract: 'The answer had an unexpected shape; the vendor may have changed its API.',
    unknown: 'Something went wrong.',
  },
  ja: {
    signInAgain: 'セッションが終了しました。もう一度サインインしてください。',
    forbidden: 'この操作は許可されていません。',
    notFound: '見つかりません。削除された可能性があります。',
    serverFailed: (s: number) =>
      `サーバーでエラーが発生しました（${s}）。しばらくしてからもう一度お試しください。`,
    failed: (s: number) => `リクエストが失敗しました（${s}）。`,
    offline: 'Tessera に接続できません。接続を確認してもう一度お試しください。',
    contract: '想定外の形式の応答です。ベンダーが API を変更した可能性があります。',
    unknown: '問題が発生しました。',
  },
  ko: {
    signInAgain: '세션이 종료되었습니다. 다시 로그인하세요.',
    forbidden: '이 작업을 할 권한이 없습니다.',
    notFound: '찾을 수 없습니다. 삭제되었을 수 있습니다.',
    serverFailed: (s: number) => `서버에서 오류가 발생했습니다(${s}). 잠시 후 다시 시도하세요.`,
    failed: (s: number) => `요청이 실패했습니다(${s}).`,
    offline: 'Tessera에 연결할 수 없습니다. 연결을 확인하고 다시 시도하세요.',
    contract: '예상하지 못한 형식의 응답입니다. 벤더가 API를 변경했을 수 있습니다.',
    unknown: '문제가 발생했습니다.',
  },
};

/**
 * One sentence for a toast or an error panel, chosen by error class, never by matching message text, in
 * the language the page is shown in. A vendor's own detail is shown as the vendor wrote it.
 */
export function describeError(err: unknown): string {
  const t = GENERIC[currentLocale()];
  if (err instanceof HttpError) {
    if (err.detail) return err.detail;
    if (err.status === 401) return t.signInAgain;
    if (err.status === 403) return t.forbidden;
    if (err.status === 404) return t.notFound;
    if (err.status >= 500) return t.serverFailed(err.status);
    return t.failed(err.status);
  }
  if (err instanceof NetworkError) return t.offline;
  if (err instanceof ContractError) return t.contract;
  if (err instanceof Error) return err.message;
  return t.unknown;
}
