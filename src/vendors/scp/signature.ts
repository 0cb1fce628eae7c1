import { createHmac, timingSafeEqual } from 'node:crypto';

/** The client type the official SDK sends in `Scp-ClientType`; it is also part of the signed string. */
export const SCP_CLIENT_TYPE = 'Openapi';

export type ScpSignatureInput = {
  method: string;
  /** The absolute URL exactly as sent: scheme, host, escaped path and the raw query string, if any. */
  url: string;
  /** Unix epoch milliseconds as a decimal string, the same value as `Scp-Timestamp`. */
  timestamp: string;
  accessKey: string;
  secretKey: string;
  /** `Scp-AccountId`; the official provider sends an empty string. */
  accountId?: string;
  clientType?: string;
};

/**
 * The string SCP signs: the six parts joined with no separator, in the official SDK's order. The body is not
 * part of it, so a signature only binds the method, the URL (with its query) and the headers.
 */
export function scpStringToSign(input: Omit<ScpSignatureInput, 'secretKey'>): string {
  return [
    input.method.toUpperCase(),
    input.url,
    input.timestamp,
    input.accessKey,
    input.accountId ?? '',
    input.clientType ?? SCP_CLIENT_TYPE,
  ].join('');
}

/** `Scp-Signature`: Base64 (standard alphabet, padded) of HMAC-SHA256 keyed with the secret key. */
export function scpSignature(input: ScpSignatureInput): string {
  return createHmac('sha256', Buffer.from(input.secretKey, 'utf8'))
    .update(scpStringToSign(input), 'utf8')
    .digest('base64');
}

/** Constant-time comparison of a received signature with the expected one. */
export function scpSignatureMatches(input: ScpSignatureInput, received: string): boolean {
  const expected = Buffer.from(scpSignature(input), 'utf8');
  const got = Buffer.from(received, 'utf8');
  return expected.length === got.length && timingSafeEqual(expected, got);
}

export type ScpSignedHeaders = Record<
  | 'Scp-Accesskey'
  | 'Scp-Signature'
  | 'Scp-Timestamp'
  | 'Scp-ClientType'
  | 'Scp-AccountId'
  | 'Scp-Api-Version'
  | 'Accept-Language',
  string
>;

/** Every header a signed request carries, as the official SDK sends them. */
export function scpSignedHeaders(
  input: Omit<ScpSignatureInput, 'timestamp'> & {
    timestamp?: string;
    apiVersion?: string;
    language?: string;
  },
): ScpSignedHeaders {
  const timestamp = input.timestamp ?? String(Date.now());
  const clientType = input.clientType ?? SCP_CLIENT_TYPE;
  return {
    'Scp-Accesskey': input.accessKey,
    'Scp-Signature': scpSignature({ ...input, timestamp, clientType }),
    'Scp-Timestamp': timestamp,
    'Scp-ClientType': clientType,
    'Scp-AccountId': input.accountId ?? '',
    'Scp-Api-Version': `iam ${input.apiVersion ?? '1.2'}`,
    'Accept-Language': input.language ?? 'en-US',
  };
}
