import type { JsonSchema } from '@/components/code-editor';
import { ACTION_WILDCARDS, CONDITION_KEYS, CONDITION_OPERATORS, IAM_ACTIONS, OTHER_ACTIONS } from './actions';
import { SRN_TEMPLATES } from './srn';

export const POLICY_VERSION = '2024-07-01';

const actionList = (description: string): JsonSchema => ({
  type: ['array', 'null'],
  description,
  items: {
    type: 'string',
    minLength: 1,
    examples: [...ACTION_WILDCARDS, ...IAM_ACTIONS.map((a) => a.action), ...OTHER_ACTIONS],
  },
});

const conditionValues = (regions: readonly string[]): JsonSchema => {
  const scalar = { type: ['string', 'number', 'boolean'], examples: [...regions] };
  return { anyOf: [{ type: 'array', items: scalar }, scalar] };
};

/**
 * The SCP policy document (reference/scp-iam.md §3.1) as a JSON Schema: it validates what the API
 * validates (the wire schema) and carries the completion lists: actions, condition operators and keys,
 * SRN templates. Unknown operators and keys stay allowed, as the API stores them.
 */
export function scpPolicySchema(options: { regions?: readonly string[]; trust?: boolean } = {}): JsonSchema {
  const regions = options.regions ?? ['kr-west1', 'kr-east1'];
  const byKey = {
    type: 'object',
    properties: Object.fromEntries(CONDITION_KEYS.map((k) => [k, conditionValues(regions)])),
    additionalProperties: conditionValues(regions),
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    type: 'object',
    required: ['Version', 'Statement'],
    additionalProperties: false,
    properties: {
      Version: { type: 'string', minLength: 1, enum: [POLICY_VERSION] },
      Statement: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          required: ['Effect'],
          additionalProperties: false,
          properties: {
            Sid: { type: 'string', minLength: 1, maxLength: 128, description: 'Unique within the document.' },
            Effect: { enum: ['Allow', 'Deny'] },
            Action: actionList('Actions this statement covers: service:Action, wildcards, or *[List,Read].'),
            NotAction: actionList('Every action except these.'),
            Resource: {
              type: ['array', 'null'],
              items: { type: 'string', minLength: 1, examples: [...SRN_TEMPLATES] },
            },
            Condition: {
              type: ['object', 'null'],
              properties: Object.fromEntries(CONDITION_OPERATORS.map((op) => [op, byKey])),
              additionalProperties: byKey,
            },
            Principal: {
              anyOf: [
                { type: 'string', examples: ['*', ...SRN_TEMPLATES.slice(1)] },
                { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
                { type: 'array', items: { type: 'string' } },
                { type: 'null' },
              ],
            },
          },
          ...(options.trust ? { required: ['Effect', 'Principal'] } : {}),
        },
      },
    },
  };
}
