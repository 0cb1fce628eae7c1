import type { KeyboardEvent } from 'react';

type Options = {
  count: number;
  active: number;
  pageRows: number;
  setActive: (i: number) => void;
  onToggle: (i: number) => void;
  onOpen: (i: number) => void;
};

/** Arrow keys, Page Up/Down and Home/End move the active row; Space selects it; Enter opens it. */
export function gridKeyHandler({ count, active, pageRows, setActive, onToggle, onOpen }: Options) {
  return (e: KeyboardEvent<HTMLElement>) => {
    // Keys typed into a control inside a cell (a checkbox, a link) belong to that control.
    if (e.target !== e.currentTarget) return;
    if (count === 0) return;
    const move: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: count - 1,
    };
    const target = move[e.key];
    if (target !== undefined) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(count - 1, target)));
    } else if (e.key === ' ') {
      e.preventDefault();
      onToggle(active);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(active);
    }
  };
}
