import { z } from 'zod';

/**
 * The policy document format of the official GS2 CDK. Only JSON syntax is enforced by the emulator; this
 * schema is for reading and linting documents, so it is lenient about unknown keys.
 */
export const PolicyStatementSchema = z
  .object({
    Effect: z.enum(['Allow', 'Deny']),
    Actions: z.array(z.string()),
    Resources: z.array(z.string()).optional(),
  })
  .loose();
export type PolicyStatement = z.infer<typeof PolicyStatementSchema>;

export const PolicyDocumentSchema = z
  .object({
    Version: z.string().optional(),
    Statements: z.array(PolicyStatementSchema),
  })
  .loose();
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;

export const POLICY_DOCUMENT_VERSION = '2016-04-01';

/** The action a GS2-Identifier method is checked against, e.g. `Gs2Identifier:DescribeUsers`. */
export const identifierAction = (method: string) =>
  `Gs2Identifier:${method.charAt(0).toUpperCase()}${method.slice(1)}`;
