/**
 * Query keys, scoped by connection first so that switching or removing a connection can drop all of its
 * data at once: `[connectionId, 'ibm-cip', resource, ...]`.
 */
export const cipKeys = {
  all: (c: string) => [c, 'ibm-cip'] as const,
  userSearches: (c: string) => [c, 'ibm-cip', 'user-search'] as const,
  userSearch: (c: string, filters: string) => [c, 'ibm-cip', 'user-search', filters] as const,
  users: (c: string) => [c, 'ibm-cip', 'user'] as const,
  user: (c: string, uid: string) => [c, 'ibm-cip', 'user', uid] as const,
  byUuid: (c: string, uuid: string) => [c, 'ibm-cip', 'uuid', uuid] as const,
  userDetails: (c: string, uuid: string) => [c, 'ibm-cip', 'uuid', uuid, 'details'] as const,
  userServices: (c: string, uuid: string) => [c, 'ibm-cip', 'uuid', uuid, 'services'] as const,
  userKba: (c: string, uuid: string, lang: string) => [c, 'ibm-cip', 'uuid', uuid, 'kba', lang] as const,
  userKbaAll: (c: string, uuid: string) => [c, 'ibm-cip', 'uuid', uuid, 'kba'] as const,
  passwordLastChanged: (c: string, uid: string) => [c, 'ibm-cip', 'user', uid, 'password'] as const,
  kbaQuestions: (c: string) => [c, 'ibm-cip', 'kba-questions', 'active'] as const,
  groups: (c: string) => [c, 'ibm-cip', 'groups'] as const,
  groupMembers: (c: string, group: string) => [c, 'ibm-cip', 'groups', group, 'members'] as const,
  services: (c: string) => [c, 'ibm-cip', 'services'] as const,
  serviceNames: (c: string) => [c, 'ibm-cip', 'services', 'names'] as const,
  service: (c: string, name: string) => [c, 'ibm-cip', 'services', 'one', name] as const,
  serviceRelation: (c: string, name: string, relation: ServiceRelation) =>
    [c, 'ibm-cip', 'services', 'one', name, relation] as const,
  tokenTypes: (c: string) => [c, 'ibm-cip', 'tokens', 'types'] as const,
  tokenConfig: (c: string, type: string) => [c, 'ibm-cip', 'tokens', 'config', type] as const,
};

/** The per-service lists of S3–S7; `attributes` is S2. */
export type ServiceRelation = 'members' | 'children' | 'parent' | 'contained' | 'containers';
