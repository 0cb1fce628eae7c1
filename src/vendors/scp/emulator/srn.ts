import { badRequest } from './errors';

/** IAM resources have no region: `srn:{env}::{account}:::iam:{type}/{id}`. */
export function iamSrn(environment: string, accountId: string, type: string, id: string): string {
  return `srn:${environment}::${accountId}:::iam:${type}/${id}`;
}

/** What an action without a single target (a list, a create) is checked against. */
export function iamScope(environment: string, accountId: string): string {
  return `srn:${environment}::${accountId}:::iam:*`;
}

const BASE64 = /^(?:[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}$/;
// The seed's examples have 7 or 8 colon-separated fields; anything shorter cannot name a resource.
const SRN = /^srn:[^:\s\p{Cc}]*(?::[^:\s\p{Cc}]*){5,6}$/u;

/**
 * The `{srn}` path segment is the SRN in Base64 (standard alphabet, as the seed's example; the URL-safe one is
 * accepted too because `/` must be escaped in a path). Anything that does not decode to an SRN is a 400.
 */
export function decodeSrnParam(param: string): string {
  if (!BASE64.test(param) || param.length > 2048)
    throw badRequest('srn must be a Base64-encoded SRN.', 'INVALID_SRN');
  const text = Buffer.from(param.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  if (!SRN.test(text) || text.includes('\uFFFD'))
    throw badRequest(`srn does not decode to an SRN (got "${text.slice(0, 80)}").`, 'INVALID_SRN');
  return text;
}

export const encodeSrn = (srn: string): string => Buffer.from(srn, 'utf8').toString('base64');
