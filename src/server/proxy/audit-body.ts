import { redact } from '../log';
import type { PreparedBody } from './body';

const MAX_DETAIL = 4096;

function scrubValues(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.some((s) => s && value.includes(s)) ? '[redacted]' : value;
  if (Array.isArray(value)) return value.map((v) => scrubValues(v, secrets));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValues(v, secrets)]));
  }
  return value;
}

/**
 * What the audit log keeps of a request body: JSON and form bodies with secret-looking fields redacted
 * (and any connection secret wherever it appears), other bodies only as type and size.
 */
export function auditBody(body: PreparedBody, contentType: string, secrets: readonly string[]): unknown {
  if (body.kind === 'none') return undefined;
  if (body.kind === 'stream') return { contentType, bytes: 'streamed' };
  let parsed: unknown;
  const text = body.data.toString('utf8');
  if (/json/i.test(contentType)) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  } else if (/x-www-form-urlencoded/i.test(contentType)) {
    const form: Record<string, string[]> = {};
    for (const [k, v] of new URLSearchParams(text)) (form[k] ??= []).push(v);
    // Single values as plain strings, so the log's redaction (which looks at string fields) applies.
    parsed = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
  }
  if (parsed === undefined) return { contentType, bytes: body.data.length };
  const safe = scrubValues(redact(parsed), secrets);
  const json = JSON.stringify(safe);
  return json.length <= MAX_DETAIL ? safe : { truncated: json.slice(0, MAX_DETAIL) };
}

/** Replaces every connection secret inside a message that will reach the browser or a log. */
export function scrubText(text: string, secrets: readonly string[]): string {
  return secrets.reduce((acc, s) => (s ? acc.split(s).join('[redacted]') : acc), text);
}
