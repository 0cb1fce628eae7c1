import { z } from 'zod';
import { VENDOR_IDS, type VendorId } from '../../vendors/ids';
import type { VendorManifest } from '../../vendors/manifest-types';
import { manifestOf } from '../../vendors/registry';
import { ProblemError, type FieldError } from '../problem';

export const createBody = z.object({
  vendor: z.enum(VENDOR_IDS),
  name: z.string().trim().min(1, 'Enter a name').max(100),
  baseUrl: z.string().trim().min(1, 'Enter the base URL').max(2000),
  settings: z.record(z.string(), z.string().max(4096)),
});

export const patchBody = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(100).optional(),
  baseUrl: z.string().trim().min(1, 'Enter the base URL').max(2000).optional(),
  /** Secret fields given here replace the stored value; secret fields left out keep it. */
  settings: z.record(z.string(), z.string().max(4096)).optional(),
});

const invalid = (errors: FieldError[]) =>
  new ProblemError(400, 'invalid-body', 'Invalid request', 'Some fields are not valid.', { errors });

/**
 * Accepts an http(s) URL without credentials, query or fragment, and returns it without a trailing slash,
 * so that the upstream URL is always this string plus an allowlisted path.
 */
export function normaliseBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid([{ field: 'baseUrl', message: 'Enter an absolute URL, e.g. https://api.example.com' }]);
  }
  const problems: string[] = [];
  if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('use http or https');
  if (url.username || url.password) problems.push('credentials do not belong in the URL');
  if (url.search || url.hash || text.includes('?') || text.includes('#')) {
    problems.push('leave out the query and fragment');
  }
  if (problems.length > 0)
    throw invalid([{ field: 'baseUrl', message: `Not a usable base URL: ${problems.join(', ')}.` }]);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export function manifestFor(vendor: VendorId): VendorManifest {
  const manifest = manifestOf(vendor);
  if (!manifest) throw invalid([{ field: 'vendor', message: `Vendor ${vendor} is not available.` }]);
  return manifest;
}

/**
 * Validates the vendor's fields with the manifest's own schema (the one the form uses) and splits them
 * into plain settings and write-only secrets.
 */
export function splitSettings(
  manifest: VendorManifest,
  fields: Record<string, string>,
): { settings: Record<string, string>; secrets: Record<string, string> } {
  const known = new Set(Object.keys(manifest.connectionSchema.shape));
  const unknown = Object.keys(fields).filter((k) => !known.has(k));
  // An empty optional field means "not set", so that its default (if any) applies.
  const given = Object.entries(fields).filter(
    ([k, v]) => known.has(k) && (v !== '' || !isOptional(manifest, k)),
  );
  const parsed = manifest.connectionSchema.safeParse(Object.fromEntries(given));
  const errors: FieldError[] = unknown.map((k) => ({ field: `settings.${k}`, message: 'Unknown field.' }));
  if (!parsed.success) {
    errors.push(
      ...parsed.error.issues.map((i) => ({
        field: `settings.${i.path.map(String).join('.')}`,
        message: i.message,
      })),
    );
  }
  if (errors.length > 0 || !parsed.success) throw invalid(errors);
  const settings: Record<string, string> = {};
  const secrets: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    if (typeof value !== 'string' || value === '') continue;
    (manifest.secretFields.includes(key) ? secrets : settings)[key] = value;
  }
  return { settings, secrets };
}

function isOptional(manifest: VendorManifest, key: string): boolean {
  const field = (manifest.connectionSchema.shape as Record<string, z.ZodType | undefined>)[key];
  return field?.safeParse(undefined).success ?? false;
}
