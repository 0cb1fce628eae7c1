import type { Policy, PolicyVersion } from '../wire/policies';

/** The version SCP evaluates: the one `default_version_id` names, else the first. */
export const defaultVersion = (
  p: Pick<Policy, 'default_version_id' | 'policy_versions'>,
): PolicyVersion | undefined =>
  p.policy_versions?.find((v) => v.id === p.default_version_id) ?? p.policy_versions?.[0];

export const versionLabel = (v: PolicyVersion, i: number) =>
  v.policy_version_name ?? v.id ?? `#${String(i + 1)}`;
