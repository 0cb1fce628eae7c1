import { useMemo, useState } from 'react';
import { CodeEditor, MarkerList, type EditorMarker, type JsonSchema } from '@/components/code-editor';
import { ErrorPanel } from '@/components/states';
import { PolicyDocument, Statement } from '../wire/common';
import { scpPolicySchema } from '../policies/engine/policy-schema';
import { useSaveStatement, useSetDocument } from './mutations';
import { useResourcePolicyText } from './resource-policy-text';

const DOCUMENT_SCHEMA = scpPolicySchema() as JsonSchema & {
  properties: { Statement: { items: JsonSchema } };
};
const STATEMENT_SCHEMA = DOCUMENT_SCHEMA.properties.Statement.items;

type Props = {
  srn: string;
  /** `document` edits the whole policy document (one PUT); otherwise one statement. */
  whole?: boolean;
  sid?: string;
  initial: object;
  onDone: () => void;
};

/**
 * One statement in the editor, saved as a new statement or in place of the one named `sid`; or, with
 * `whole`, the whole document, replaced in one call.
 */
export function StatementEditor(props: Props) {
  const t = useResourcePolicyText();
  const shape = props.whole ? PolicyDocument : Statement;
  const [text, setText] = useState(() => JSON.stringify(props.initial, null, 2));
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const parsed = useMemo(() => {
    try {
      return shape.safeParse(JSON.parse(text));
    } catch {
      return undefined;
    }
  }, [text, shape]);
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
  const quiet = { onSuccess: props.onDone, onError: () => undefined };
  const saveOne = useSaveStatement(quiet);
  const saveAll = useSetDocument(quiet);
  const save = props.whole ? saveAll : saveOne;
  const blocked = !parsed?.success || problems.some((m) => m.severity === 'error');
  return (
    <div className="stack card">
      <CodeEditor
        label={props.whole ? t.document : t.statement}
        language="json"
        value={text}
        onChange={setText}
        schema={props.whole ? DOCUMENT_SCHEMA : STATEMENT_SCHEMA}
        onValidate={setMarkers}
        height={props.whole ? 360 : 260}
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
          onClick={() => {
            if (!parsed?.success) return;
            if (props.whole) saveAll.mutate({ srn: props.srn, document: parsed.data as PolicyDocument });
            else
              saveOne.mutate({
                srn: props.srn,
                statement: parsed.data as Statement,
                ...(props.sid ? { sid: props.sid } : {}),
              });
          }}
        >
          {props.whole ? t.saveDocument : t.save}
        </button>
      </div>
    </div>
  );
}
