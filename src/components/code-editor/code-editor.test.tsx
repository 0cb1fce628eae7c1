import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CodeDiffEditorProps, CodeEditorProps } from './types';
import { CodeDiffEditor, CodeEditor, MarkerList, type EditorMarker } from '.';

// Monaco cannot run in jsdom; the heavy implementation is replaced by plain textareas with the same props.
vi.mock('./monaco-impl', () => ({
  MonacoEditor: ({ value, onChange, label, readOnly, language }: CodeEditorProps) => (
    <textarea
      aria-label={label}
      data-language={language ?? 'json'}
      value={value}
      readOnly={readOnly}
      onChange={(e) => onChange?.(e.target.value)}
    />
  ),
  MonacoDiffEditor: ({ original, modified, label, onChange }: CodeDiffEditorProps) => (
    <>
      <textarea aria-label={`${label} (original)`} value={original} readOnly />
      <textarea aria-label={label} value={modified} onChange={(e) => onChange?.(e.target.value)} />
    </>
  ),
}));

function Controlled() {
  const [value, setValue] = useState('{}');
  return (
    <>
      <CodeEditor label="Policy document" value={value} onChange={setValue} schema={{ type: 'object' }} />
      <output aria-label="saved">{value}</output>
    </>
  );
}

describe('CodeEditor', () => {
  it('shows a loading skeleton, then the labelled editor, and reports edits', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    expect(screen.getByText('Loading the editor…')).toBeInTheDocument();
    const editor = await screen.findByRole('textbox', { name: 'Policy document' });
    await user.clear(editor);
    await user.type(editor, '[[1]');
    expect(screen.getByRole('status', { name: 'saved' })).toHaveTextContent('[1]');
  });

  it('hands the language to the editor: HTML and CSS besides JSON, which stays the default', async () => {
    render(
      <>
        <CodeEditor label="Body" language="html" value="<p>Hi</p>" />
        <CodeEditor label="Styles" language="css" value="a { color: red }" />
        <CodeEditor label="Document" value="{}" />
      </>,
    );
    expect(await screen.findByRole('textbox', { name: 'Body' })).toHaveAttribute('data-language', 'html');
    expect(screen.getByRole('textbox', { name: 'Styles' })).toHaveAttribute('data-language', 'css');
    expect(screen.getByRole('textbox', { name: 'Document' })).toHaveAttribute('data-language', 'json');
  });

  it('renders the diff editor with both sides', async () => {
    render(<CodeDiffEditor label="Policy" original={'{"a":1}'} modified={'{"a":2}'} />);
    expect(await screen.findByRole('textbox', { name: 'Policy (original)' })).toHaveValue('{"a":1}');
    expect(screen.getByRole('textbox', { name: 'Policy' })).toHaveValue('{"a":2}');
  });
});

describe('MarkerList', () => {
  it('lists problems with their positions, and nothing when valid', () => {
    const markers: EditorMarker[] = [{ severity: 'error', message: 'Expected comma', line: 3, column: 5 }];
    const { rerender } = render(<MarkerList markers={markers} />);
    expect(screen.getByRole('status')).toHaveTextContent('1 problem3:5 Expected comma');
    rerender(<MarkerList markers={[]} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
