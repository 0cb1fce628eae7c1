import type { JsonSchema } from '@/components/code-editor';
import { POLICY_DOCUMENT_VERSION } from '../wire';
import { GS2_ACTIONS } from './actions';

/**
 * The GS2 policy document as JSON Schema, for the editor's markers and completion. Known action names are
 * offered as an enum; any `Gs2{Service}:{Method}` pattern (with `*` and `?`) is still valid.
 */
export const POLICY_JSON_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'GS2 security policy',
  type: 'object',
  required: ['Version', 'Statements'],
  properties: {
    Version: {
      type: 'string',
      enum: [POLICY_DOCUMENT_VERSION],
      description: 'The policy language version.',
    },
    Statements: {
      type: 'array',
      description: 'Any Allow grants; any Deny overrides every Allow.',
      items: {
        type: 'object',
        required: ['Effect', 'Actions'],
        properties: {
          Effect: { enum: ['Allow', 'Deny'] },
          Actions: {
            type: 'array',
            items: {
              anyOf: [
                { enum: [...GS2_ACTIONS] },
                { type: 'string', pattern: '^(\\*|Gs2[A-Za-z0-9]+:[A-Za-z0-9*?]*)$' },
              ],
            },
          },
          Resources: {
            type: 'array',
            items: { type: 'string' },
            default: ['*'],
            description: 'GS2 writes ["*"]; resources are not evaluated.',
          },
        },
      },
    },
  },
};
