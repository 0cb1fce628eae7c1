import { lazy, Suspense } from 'react';
import { Skeleton } from '../states';
import type { CodeDiffEditorProps, CodeEditorProps } from './types';
import { useEditorText } from './editor-text';

// Monaco is several megabytes: it loads only when an editor is shown, in its own chunk, never the route's.
const LazyEditor = lazy(() => import('./monaco-impl').then((m) => ({ default: m.MonacoEditor })));
const LazyDiffEditor = lazy(() => import('./monaco-impl').then((m) => ({ default: m.MonacoDiffEditor })));

const cssHeight = (h: number | string | undefined) =>
  typeof h === 'number' ? `${String(h)}px` : (h ?? '320px');

function EditorFallback({ height }: { height: string }) {
  const t = useEditorText();
  return (
    <div className="code-editor-fallback" style={{ height }}>
      <Skeleton lines={4} label={t.loading} />
    </div>
  );
}

/** A Monaco editor with JSON Schema validation; shows a skeleton while Monaco loads. */
export function CodeEditor(props: CodeEditorProps) {
  const height = cssHeight(props.height);
  return (
    <div className="code-editor" style={{ height }}>
      <Suspense fallback={<EditorFallback height={height} />}>
        <LazyEditor {...props} />
      </Suspense>
    </div>
  );
}

/** Original against modified, side by side or inline. */
export function CodeDiffEditor(props: CodeDiffEditorProps) {
  const height = cssHeight(props.height);
  return (
    <div className="code-editor" style={{ height }}>
      <Suspense fallback={<EditorFallback height={height} />}>
        <LazyDiffEditor {...props} />
      </Suspense>
    </div>
  );
}
