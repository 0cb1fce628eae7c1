import { jsonErrorAt, lineColumn } from '@/components/policy-editor';
import { GS2_LIMITS, POLICY_DOCUMENT_VERSION, PolicyDocumentSchema } from '../wire';

export type DocumentCheck = {
  /** JSON syntax error; GS2 refuses the document, so saving is blocked. */
  error?: { message: string; line?: number | undefined; column?: number | undefined };
  /** Structural findings; GS2 does not check the structure, so these only warn. */
  warnings: string[];
  size: number;
  tooLarge: boolean;
};

/** Size is counted in UTF-16 code units, as JavaScript's `.length` and the 524,288 limit do. */
export function checkDocument(text: string): DocumentCheck {
  const size = text.length;
  const tooLarge = size > GS2_LIMITS.policy;
  if (text.trim() === '')
    return { error: { message: 'The document is empty.' }, warnings: [], size, tooLarge };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const at = jsonErrorAt(text);
    return { error: { message, ...(at >= 0 ? lineColumn(text, at) : {}) }, warnings: [], size, tooLarge };
  }
  const doc = PolicyDocumentSchema.safeParse(parsed);
  const warnings = doc.success
    ? doc.data.Version === POLICY_DOCUMENT_VERSION
      ? []
      : [`Version is not "${POLICY_DOCUMENT_VERSION}".`]
    : doc.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`);
  return { warnings, size, tooLarge };
}

const doc = (statements: { Effect: 'Allow' | 'Deny'; Actions: string[] }[]) =>
  JSON.stringify(
    { Version: POLICY_DOCUMENT_VERSION, Statements: statements.map((s) => ({ ...s, Resources: ['*'] })) },
    null,
    2,
  );

/** Starting points; the first is the one the reference recommends. */
export const POLICY_TEMPLATES = [
  { id: 'allow-all', label: 'Allow everything', text: doc([{ Effect: 'Allow', Actions: ['*'] }]) },
  {
    id: 'identifier-read',
    label: 'Read GS2-Identifier only',
    text: doc([{ Effect: 'Allow', Actions: ['Gs2Identifier:Describe*', 'Gs2Identifier:Get*'] }]),
  },
  {
    id: 'all-but-identifier',
    label: 'Everything except GS2-Identifier',
    text: doc([
      { Effect: 'Allow', Actions: ['*'] },
      { Effect: 'Deny', Actions: ['Gs2Identifier:*'] },
    ]),
  },
  { id: 'deny-all', label: 'Deny everything', text: doc([{ Effect: 'Deny', Actions: ['*'] }]) },
] as const;
