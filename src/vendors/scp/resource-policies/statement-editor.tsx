import { useMemo, useState } from 'react';
import { CodeEditor, MarkerList, type EditorMarker, type JsonSchema } from '@/components/code-editor';
import { ErrorPanel } from '@/components/states';
import { Statement } from '../wire/common';
import { scpPolicySchema } from '../policies/engine/policy-schema';
import { useSaveStatement } from './mutations';
import { useResourcePolicyText } from './resource-policy-text';

const STATEMENT_SCHEMA = (scpPolicySchema() as { properties: { Statement: { items: JsonSchema } } })
  .properties.Statement.items;

/** One statement in the editor; saved as a new statement, or in place of the one named `sid`. */
export function StatementEditor(props: { srn: string; sid?: string; initial: object; onDone: () => void }) {
  const t = useResourcePolicyText();
  const [text, setText] = useState(() => JSON.stringify(props.initial, null, 2));
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const parsed = useMemo(() => {
    try {
      return Statement.safeParse(JSON.parse(text));
    } catch {
      return undefined;
    }
  }, [text]);
  const problems: EditorMarker[] = [
    ...markers,
    ...(parsed && !parsed.success && !markers.some((m) => m.severity === 'error')
      ? [
          {
            severity: 'error' as const,
            message: parsed.error.issues[0]?.message ?? 'Invalid',
            line: 1,
            column: 1,
          },
        ]
      : []),
  ];
  const save = useSaveStatement({ onSuccess: props.onDone, onError: () => undefined });
  const blocked = !parsed?.success || problems.some((m) => m.severity === 'error');
  return (
    <div className="stack card">
      <CodeEditor
        label={t.statement}
        language="json"
        value={text}
        onChange={setText}
        schema={STATEMENT_SCHEMA}
        onValidate={setMarkers}
        height={260}
      />
      <MarkerList markers={problems} />
      {save.isError && <ErrorPanel error={save.error} />}
      <div className="form-actions">
        {blocked && <span className="field-help">{t.blocked}</span>}
        <button type="button" className="btn" onClick={props.onDone}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={blocked || save.isPending}
          onClick={() =>
            parsed?.success &&
            save.mutate({ srn: props.srn, statement: parsed.data, ...(props.sid ? { sid: props.sid } : {}) })
          }
        >
          {t.save}
        </button>
      </div>
    </div>
  );
}
