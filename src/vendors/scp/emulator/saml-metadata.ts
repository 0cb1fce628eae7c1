import { X509Certificate } from 'node:crypto';
import { isoSeconds } from './config';
import { badRequest } from './errors';

export const MAX_METADATA_BYTES = 1_000_000;

export type SamlMetadata = {
  issuer: string;
  ssoUrl: string | null;
  certEnd: string | null;
};

const attr = (tag: string, name: string) =>
  new RegExp(`<(?:[\\w-]+:)?${tag}\\b[^>]*\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i');

/**
 * Reads what the console shows from IdP metadata: the issuer (`entityID`), the SSO location (the HTTP-Redirect
 * binding first) and the signing certificate's end of validity. Not XML, or no EntityDescriptor: a 400.
 */
export function parseSamlMetadata(xml: string): SamlMetadata {
  if (!/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*</.test(xml))
    throw badRequest('file is not an XML document.', 'INVALID_METADATA');
  const issuer = attr('EntityDescriptor', 'entityID').exec(xml)?.[1];
  if (!issuer)
    throw badRequest('file is not SAML metadata: no EntityDescriptor with an entityID.', 'INVALID_METADATA');
  const services = [...xml.matchAll(/<(?:[\w-]+:)?SingleSignOnService\b[^>]*>/gi)].map((m) => m[0]);
  const preferred = services.find((s) => /HTTP-Redirect/i.test(s)) ?? services[0];
  const ssoUrl = preferred ? (/\sLocation\s*=\s*["']([^"']*)["']/i.exec(preferred)?.[1] ?? null) : null;
  const certText = /<(?:[\w-]+:)?X509Certificate\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?X509Certificate>/i.exec(
    xml,
  )?.[1];
  return { issuer, ssoUrl, certEnd: certText ? certificateEnd(certText) : null };
}

function certificateEnd(base64: string): string | null {
  try {
    const cert = new X509Certificate(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
    return isoSeconds(Date.parse(cert.validTo));
  } catch {
    // A certificate we cannot read leaves the expiry unknown rather than rejecting the metadata.
    return null;
  }
}

/** `tags` arrives as form text: JSON, or the Python-style `[{'key': 'company', 'value': 'SDS'}]` of the seed. */
export function parseTagsText(text: string | null | undefined): { key: string; value: string }[] {
  if (!text?.trim()) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    try {
      value = JSON.parse(text.replace(/'/g, '"'));
    } catch {
      throw badRequest('tags must be a list of {key, value} objects.', 'INVALID_TAGS');
    }
  }
  if (
    !Array.isArray(value) ||
    !value.every(
      (t): t is { key: string; value: string } =>
        typeof t === 'object' &&
        t !== null &&
        typeof (t as { key?: unknown }).key === 'string' &&
        typeof (t as { value?: unknown }).value === 'string',
    )
  ) {
    throw badRequest('tags must be a list of {key, value} objects.', 'INVALID_TAGS');
  }
  return value.map((t) => ({ key: t.key, value: t.value }));
}
