import { useState } from 'react';
import {
  CodeDiffEditor,
  CodeEditor,
  MarkerList,
  hasErrors,
  type EditorMarker,
  type JsonSchema,
} from '@/components/code-editor';
import { DemoSection } from './demo-section';

const policySchema: JsonSchema = {
  type: 'object',
  required: ['Version', 'Statement'],
  additionalProperties: false,
  properties: {
    Version: { enum: ['2024-01-01'], description: 'Policy language version' },
    Statement: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['Effect', 'Action'],
        properties: {
          Effect: { enum: ['Allow', 'Deny'] },
          Action: { type: 'array', items: { type: 'string', pattern: '^[a-z]+:[A-Za-z*]+$' } },
        },
      },
    },
  },
};

const original = JSON.stringify(
  { Version: '2024-01-01', Statement: [{ Effect: 'Allow', Action: ['iam:List*'] }] },
  null,
  2,
);
const start = JSON.stringify(
  { Version: '2024-01-01', Statement: [{ Effect: 'Allow', Action: ['iam:List*', 'iam:Get*'] }] },
  null,
  2,
);

export function EditorDemo() {
  const [value, setValue] = useState(start);
  const [markers, setMarkers] = useState<EditorMarker[]>([]);
  const [inline, setInline] = useState(false);
  return (
    <DemoSection title="Code editor (Monaco, lazy)">
      <CodeEditor
        label="Policy document"
        value={value}
        onChange={setValue}
        schema={policySchema}
        onValidate={setMarkers}
        height={260}
      />
      <MarkerList markers={markers} />
      <p className="muted">{hasErrors(markers) ? 'Fix the errors to save.' : 'The document is valid.'}</p>
      <h3>Changes</h3>
      <label className="field-inline-row">
        <input type="checkbox" checked={inline} onChange={(e) => setInline(e.target.checked)} /> Inline diff
      </label>
      <CodeDiffEditor
        label="Policy changes"
        original={original}
        modified={value}
        inline={inline}
        height={260}
      />
    </DemoSection>
  );
}
