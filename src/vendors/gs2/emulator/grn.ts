/** GRNs of GS2-Identifier resources: the region part is empty because identifier data is project-wide. */
export const SYSTEM_OWNER = 'system';

export const userGrn = (ownerId: string, userName: string) =>
  `grn:gs2::${ownerId}:identifier:user:${userName}`;
export const policyGrn = (ownerId: string, name: string) =>
  `grn:gs2::${ownerId}:identifier:securityPolicy:${name}`;

/** Reads `grn:gs2:{region}:{owner}:identifier:securityPolicy:{name}`; undefined when malformed. */
export function parsePolicyGrn(grn: string): { ownerId: string; name: string } | undefined {
  const m = /^grn:gs2:[^:]*:([^:]+):identifier:securityPolicy:([^:]+)$/.exec(grn);
  return m?.[1] && m[2] ? { ownerId: m[1], name: m[2] } : undefined;
}

/** GS2-Guard namespace GRNs: `grn:gs2:{region}:{owner}:guard:{namespaceName}`. */
export const isGuardNamespaceGrn = (grn: string) => /^grn:gs2:[^:]*:[^:]+:guard:[^:]+$/.test(grn);
