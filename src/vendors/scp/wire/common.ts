import { z } from 'zod';

/**
 * Wire models shared by several SCP IAM resources. The seed's model tables are the authority for types; its
 * examples only for key structure (they show "" for booleans and integers).
 */

/** Date-times as SCP sends them: RFC 3339, UTC, e.g. `2024-05-17T00:23:17Z`. */
export const ScpDateTime = z.string().min(1);

export const Tag = z.object({ key: z.string().max(128), value: z.string().max(256) });
export type Tag = z.infer<typeof Tag>;
export const Tags = z.array(Tag).nullish();

/** Group and policy names allow Hangul jamo and syllables; role and user names do not. */
export const GROUP_POLICY_NAME_CHARS = /^[a-zA-Z0-9\-.,_+=@ㄱ-ㅎㅏ-ㅣ가-힣]*$/u;
export const ROLE_NAME_CHARS = /^[a-zA-Z0-9+=,.@\-_]*$/;
export const USER_NAME_CHARS = /^[a-zA-Z0-9+.@\-_]*$/;

export const Description = z.string().max(1000).nullish();
export const IdList = z.array(z.string().min(1));

/** Offset paging fields every list but access keys, endpoints and service accounts returns. */
export const pageFields = {
  count: z.number().int(),
  page: z.number().int(),
  size: z.number().int(),
  sort: z.array(z.string()).nullish(),
};

const ConditionValue = z.union([z.string(), z.number(), z.boolean()]);

/** `{ "<Operator>": { "<condition-key>": [values] } }`, e.g. `{ StringEquals: { 'scp:RequestedRegion': ['kr-west1'] } }`. */
export const Condition = z.record(
  z.string().min(1),
  z.record(z.string().min(1), z.union([z.array(ConditionValue), ConditionValue])),
);

/** `"*"`, an SRN, a map such as `{ Account: [...] }`, or (as responses show it) an empty array. */
export const Principal = z
  .union([z.string(), z.record(z.string(), z.array(z.string())), z.array(z.string())])
  .nullish();

export const Statement = z
  .object({
    Sid: z.string().min(1).max(128).optional(),
    Effect: z.enum(['Allow', 'Deny']),
    Action: z.array(z.string().min(1)).nullish(),
    NotAction: z.array(z.string().min(1)).nullish(),
    Resource: z.array(z.string().min(1)).nullish(),
    Condition: Condition.nullish(),
    Principal,
  })
  .refine((s) => !(s.Action?.length && s.NotAction?.length), {
    message: 'A statement has either Action or NotAction, not both.',
  });
export type Statement = z.infer<typeof Statement>;

/** IamPolicyDocument and PolicyDocument (the trust policy) have the same fields. */
export const PolicyDocument = z
  .object({ Version: z.string().min(1), Statement: z.array(Statement).min(1) })
  .refine((d) => new Set(d.Statement.map((s) => s.Sid ?? 'statement1')).size === d.Statement.length, {
    message: 'Statement Sids must be unique within a document.',
    path: ['Statement'],
  });
export type PolicyDocument = z.infer<typeof PolicyDocument>;

/**
 * The error body. The seed documents none; this is the shape SCP's other v2 services answer with (the official
 * provider parses `errors[].status` and `errors[].detail`). `code` and `title` are Tessera's additions.
 */
export const ErrorBody = z.object({
  errors: z.array(
    z.object({
      status: z.number().int(),
      code: z.string(),
      title: z.string(),
      detail: z.union([z.string(), z.array(z.string())]),
    }),
  ),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** The API versions the seed documents, with their lifecycle. */
export const API_VERSIONS = [
  { id: '1.2', status: 'CURRENT', supportedUntil: null },
  { id: '1.1', status: 'SUPPORTED', supportedUntil: '2026-05-31' },
  { id: '1.0', status: 'DEPRECATED', supportedUntil: '2026-02-23' },
] as const;
export type ApiVersion = (typeof API_VERSIONS)[number]['id'];
