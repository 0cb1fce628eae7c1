import { useMemo, useState } from 'react';
import type { EditorMarker } from '@/components/code-editor';
import { PolicyDocument } from '../wire/common';
import { lintPolicy } from './engine/lint';

export type DocumentCheck = {
  /** The parsed document, when SCP would accept it. */
  document?: PolicyDocument;
  /** Schema markers from the editor plus lint findings, errors first. */
  markers: EditorMarker[];
  blocked: boolean;
};

const rank = { error: 0, warning: 1, info: 2 } as const;

/**
 * One verdict from three sources: the editor's JSON Schema markers (once Monaco has loaded), the lint
 * rules, and the wire schema (what SCP validates), so Save is blocked even before Monaco reports.
 */
export function checkPolicyText(text: string, editorMarkers: readonly EditorMarker[]): DocumentCheck {
  const lint = lintPolicy(text);
  const editorHasError = editorMarkers.some((m) => m.severity === 'error');
  // Monaco reports a syntax error itself; the lint's copy would say the same twice.
  const markers: EditorMarker[] = [
    ...editorMarkers,
    ...lint.filter((f) => !(f.rule === 'json' && editorHasError)).map(({ rule: _rule, ...m }) => m),
  ];
  let document: PolicyDocument | undefined;
  if (!lint.some((f) => f.rule === 'json')) {
    const parsed = PolicyDocument.safeParse(JSON.parse(text));
    if (parsed.success) document = parsed.data;
    else if (!markers.some((m) => m.severity === 'error')) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      markers.push({
        severity: 'error',
        message: `${where}${issue?.message ?? 'Invalid'}`,
        line: 1,
        column: 1,
      });
    }
  }
  markers.sort((a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column);
  const blocked = document === undefined || markers.some((m) => m.severity === 'error');
  return { ...(document ? { document } : {}), markers, blocked };
}

/** The editor's markers and the combined check of `text`; pass `onValidate` to the CodeEditor. */
export function usePolicyCheck(text: string) {
  const [editorMarkers, setEditorMarkers] = useState<EditorMarker[]>([]);
  const check = useMemo(() => checkPolicyText(text, editorMarkers), [text, editorMarkers]);
  return { check, onValidate: setEditorMarkers };
}

export const formatDocument = (doc: unknown) => JSON.stringify(doc, null, 2);
