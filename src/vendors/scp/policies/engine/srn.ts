/** IAM resources have no region: `srn:{env}::{account}:::iam:{type}/{id}` (the emulator builds them alike). */
export const iamSrn = (environment: string, accountId: string, type: string, id: string): string =>
  `srn:${environment}::${accountId}:::iam:${type}/${id}`;

/** What an action without a single target (a list, a create) is checked against. */
export const iamScope = (environment: string, accountId: string): string =>
  `srn:${environment}::${accountId}:::iam:*`;

/** The 8-field SRN of any resource (reference/scp-iam.md §3.2). */
export type SrnParts = {
  environment: string;
  accountId: string;
  region: string;
  service: string;
  resourceType: string;
  resourceId: string;
};

export const buildSrn = (p: SrnParts): string =>
  `srn:${p.environment}::${p.accountId}:${p.region}::${p.service}:${p.resourceType}/${p.resourceId}`;

/** Splits an 8-field SRN into its parts; 7-field or malformed ones give undefined. */
export function parseSrn(srn: string): SrnParts | undefined {
  const f = srn.split(':');
  if (f.length !== 8 || f[0] !== 'srn') return undefined;
  const [, environment = '', , accountId = '', region = '', , service = '', rest = ''] = f;
  const slash = rest.indexOf('/');
  if (slash < 0) return undefined;
  return {
    environment,
    accountId,
    region,
    service,
    resourceType: rest.slice(0, slash),
    resourceId: rest.slice(slash + 1),
  };
}

/** Templates the editor offers for Resource and Principal values. */
export const SRN_TEMPLATES = [
  '*',
  'srn:{env}::{account}:::iam:*',
  'srn:{env}::{account}:::iam:user/{id}',
  'srn:{env}::{account}:::iam:group/{id}',
  'srn:{env}::{account}:::iam:policy/{id}',
  'srn:{env}::{account}:::iam:role/{id}',
  'srn:{env}::{account}:{region}::virtualserver:virtual-server/{id}',
] as const;
