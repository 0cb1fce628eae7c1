import type { ErrorParser } from '@/lib/http/request';
import { oauthError, resultHeaderError, textError } from '@/lib/http/result-header';
import type { VendorErrors } from '@/lib/http/vendor-client';
import { localText, type LocalText } from '@/lib/i18n/local-text';
import { currentLocale } from '@/lib/i18n/locale';

/** Messages for the result codes an operator can act on (reference/nhn-framework.md §2.14, §1.5). */
const HINTS: Record<string, LocalText> = {
  '-6': {
    en: 'The access key owner lacks the permission for this call.',
    ja: 'アクセスキーの所有者にはこの操作の権限がありません。',
    ko: '액세스 키 소유자에게 이 호출 권한이 없습니다.',
  },
  '-8': {
    en: "The organization's IP ACL does not allow Tessera's server address.",
    ja: '組織の IP ACL が Tessera サーバーのアドレスを許可していません。',
    ko: '조직의 IP ACL이 Tessera 서버 주소를 허용하지 않습니다.',
  },
  '80007': {
    en: 'The access token expired or was revoked.',
    ja: 'アクセストークンの有効期限が切れたか、取り消されました。',
    ko: '액세스 토큰이 만료되었거나 취소되었습니다.',
  },
};

function withHint(parsed: ReturnType<ErrorParser> | undefined): ReturnType<ErrorParser> | undefined {
  const hint = localText(parsed?.code ? HINTS[parsed.code] : undefined, currentLocale());
  return parsed && hint ? { ...parsed, detail: `${hint} (${parsed.detail ?? parsed.code ?? ''})` } : parsed;
}

/**
 * NHN Framework: the `header` envelope, usually with HTTP 200, and OAuth errors from the token
 * endpoint. Known result codes get a sentence that says what to do.
 */
export const parseNhnFrameworkError: ErrorParser = (_status, body) =>
  withHint(resultHeaderError(body)) ?? oauthError(body) ?? textError(body);

export const nhnFrameworkErrors: VendorErrors = {
  parseError: parseNhnFrameworkError,
  detectError: (body) => withHint(resultHeaderError(body)),
};
