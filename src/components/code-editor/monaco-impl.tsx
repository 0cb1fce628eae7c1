import { useEffect, useId, useRef } from 'react';
import { applySchema, monaco } from './monaco-setup';
import { toEditorMarkers } from './markers';
import { modelPath } from './model-path';
import { useColorScheme } from './color-scheme';
import type { CodeDiffEditorProps, CodeEditorProps } from './types';

const baseOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  tabSize: 2,
  fontSize: 13,
} as const;

/** Monaco's themes are global; every editor follows the page's scheme. */
function useMonacoTheme() {
  const scheme = useColorScheme();
  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);
}

/** Keeps the latest callback without re-creating the editor when the parent passes a new function. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

export function MonacoEditor({
  value,
  onChange,
  language = 'json',
  schema,
  readOnly = false,
  onValidate,
  label,
}: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useLatest(onChange);
  const onValidateRef = useLatest(onValidate);
  const initialValue = useRef(value);
  const modelUri = modelPath(useId(), language);
  useMonacoTheme();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const uri = monaco.Uri.parse(modelUri);
    const model = monaco.editor.createModel(initialValue.current, language, uri);
    const editor = monaco.editor.create(container, { ...baseOptions, model, ariaLabel: label });
    editorRef.current = editor;
    const contentSub = editor.onDidChangeModelContent(() => onChangeRef.current?.(model.getValue()));
    const markerSub = monaco.editor.onDidChangeMarkers((uris) => {
      if (!uris.some((u) => u.toString() === uri.toString())) return;
      onValidateRef.current?.(toEditorMarkers(monaco.editor.getModelMarkers({ resource: uri })));
    });
    return () => {
      contentSub.dispose();
      markerSub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The label and read-only flag are updated in place below; only a new model needs a new editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [modelUri, language]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel: label });
  }, [readOnly, label]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    // Only outside changes are pushed in; echoing the user's own typing would move the cursor.
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(
    () => (language === 'json' ? applySchema(modelUri, schema) : undefined),
    [modelUri, schema, language],
  );

  return <div ref={containerRef} className="code-editor-surface" />;
}

export function MonacoDiffEditor({
  original,
  modified,
  onChange,
  language = 'json',
  inline = false,
  readOnly = true,
  label,
}: CodeDiffEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  const onChangeRef = useLatest(onChange);
  const initial = useRef({ original, modified });
  useMonacoTheme();

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const originalModel = monaco.editor.createModel(initial.current.original, language);
    const modifiedModel = monaco.editor.createModel(initial.current.modified, language);
    const editor = monaco.editor.createDiffEditor(container, {
      ...baseOptions,
      originalAriaLabel: `${label} (original)`,
      ariaLabel: label,
    });
    editor.setModel({ original: originalModel, modified: modifiedModel });
    editorRef.current = editor;
    const sub = modifiedModel.onDidChangeContent(() => onChangeRef.current?.(modifiedModel.getValue()));
    return () => {
      sub.dispose();
      // Detach first so a diff still being computed is cancelled instead of resolving on a disposed editor.
      editor.setModel(null);
      editor.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
      editorRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  useEffect(() => {
    editorRef.current?.updateOptions({ renderSideBySide: !inline, readOnly, ariaLabel: label });
  }, [inline, readOnly, label]);

  useEffect(() => {
    const models = editorRef.current?.getModel();
    if (models && models.original.getValue() !== original) models.original.setValue(original);
    if (models && models.modified.getValue() !== modified) models.modified.setValue(modified);
  }, [original, modified]);

  return <div ref={containerRef} className="code-editor-surface" />;
}
