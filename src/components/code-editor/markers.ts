import type { EditorMarker } from './types';

/** Monaco's MarkerSeverity values (Hint 1, Info 2, Warning 4, Error 8), kept here to avoid importing Monaco. */
const ERROR = 8;
const WARNING = 4;

type MonacoLikeMarker = { severity: number; message: string; startLineNumber: number; startColumn: number };

/** Flattens Monaco markers into EditorMarkers, errors first, then by position, for a stable list. */
export function toEditorMarkers(markers: readonly MonacoLikeMarker[]): EditorMarker[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return markers
    .map((m): EditorMarker => ({
      severity: m.severity >= ERROR ? 'error' : m.severity >= WARNING ? 'warning' : 'info',
      message: m.message,
      line: m.startLineNumber,
      column: m.startColumn,
    }))
    .sort((a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.column - b.column);
}

export const hasErrors = (markers: readonly EditorMarker[]) => markers.some((m) => m.severity === 'error');
