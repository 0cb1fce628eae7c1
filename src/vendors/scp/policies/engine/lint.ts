import type { EditorMarker } from '@/components/code-editor';
import { jsonErrorAt, lineColumn } from '@/components/policy-editor';
import { ACCESS_LEVELS, IAM_ACTIONS, KNOWN_ACTIONS } from './actions';
import { actionMatches } from './evaluate';

export type LintRule = 'json' | 'allow-all' | 'action-and-not-action' | 'duplicate-sid' | 'unknown-action';
export type LintFinding = EditorMarker & { rule: LintRule };

type LooseStatement = Record<string, unknown>;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** Offsets of each `"Effect"` key: statements are found by it, since every valid statement has one. */
function statementOffsets(text: string): number[] {
  const out: number[] = [];
  const re = /"Effect"\s*:/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Where a string value sits inside statement `i` (or the statement itself when not found). */
function at(text: string, starts: number[], i: number, needle?: string): { line: number; column: number } {
  const from = starts[i] ?? 0;
  const block = text.lastIndexOf('{', from);
  const base = block >= 0 ? block : from;
  if (needle !== undefined) {
    const found = text.indexOf(JSON.stringify(needle), base);
    const end = starts[i + 1] ?? text.length;
    if (found >= 0 && found < end) return lineColumn(text, found);
  }
  return lineColumn(text, from);
}

/** Does an IAM pattern name at least one catalogue action (exact, wildcard or level-scoped)? */
function unknownAction(pattern: string): string | undefined {
  const scoped = /^(.*)\[([^\]]*)\]$/.exec(pattern);
  if (scoped) {
    const bad = (scoped[2] ?? '')
      .split(',')
      .map((l) => l.trim())
      .find((l) => !ACCESS_LEVELS.includes(l.toUpperCase() as (typeof ACCESS_LEVELS)[number]));
    if (bad !== undefined) return `Unknown access level "${bad}" in ${pattern}.`;
  }
  if (!pattern.includes('*') && !pattern.includes('?') && !scoped)
    return KNOWN_ACTIONS.has(pattern.toLowerCase()) ? undefined : `Unknown action ${pattern}.`;
  if (!/^iam:/i.test(pattern)) return undefined;
  const any = IAM_ACTIONS.some((a) => actionMatches(pattern, a));
  return any ? undefined : `${pattern} matches no IAM action.`;
}

/**
 * Findings beyond the JSON Schema: what SCP rejects (both Action and NotAction, duplicate Sids) as errors,
 * and what is probably a mistake (Allow * on *, unknown actions) as warnings.
 */
export function lintPolicy(text: string): LintFinding[] {
  const broken = jsonErrorAt(text);
  if (broken >= 0)
    return [
      {
        rule: 'json',
        severity: 'error',
        message: 'The document is not valid JSON.',
        ...lineColumn(text, broken),
      },
    ];
  const doc = JSON.parse(text) as unknown;
  const list = (doc as { Statement?: unknown } | null)?.Statement;
  if (!Array.isArray(list)) return [];
  const statements = list.filter((s): s is LooseStatement => typeof s === 'object' && s !== null);
  const starts = statementOffsets(text);
  const out: LintFinding[] = [];
  const sids = new Set<string>();
  statements.forEach((s, i) => {
    const sid = typeof s.Sid === 'string' ? s.Sid : 'statement1';
    if (sids.has(sid))
      out.push({
        rule: 'duplicate-sid',
        severity: 'error',
        message: `Sid "${sid}" is used twice.`,
        ...at(text, starts, i, sid),
      });
    sids.add(sid);
    const actions = strings(s.Action);
    const notActions = strings(s.NotAction);
    if (actions.length > 0 && notActions.length > 0)
      out.push({
        rule: 'action-and-not-action',
        severity: 'error',
        message: 'A statement has either Action or NotAction, not both.',
        ...at(text, starts, i),
      });
    const resources = strings(s.Resource);
    if (s.Effect === 'Allow' && actions.includes('*') && (resources.length === 0 || resources.includes('*')))
      out.push({
        rule: 'allow-all',
        severity: 'warning',
        message: 'Allows every action on every resource.',
        ...at(text, starts, i, '*'),
      });
    for (const a of [...actions, ...notActions]) {
      const problem = unknownAction(a);
      if (problem)
        out.push({
          rule: 'unknown-action',
          severity: 'warning',
          message: problem,
          ...at(text, starts, i, a),
        });
    }
  });
  return out;
}
