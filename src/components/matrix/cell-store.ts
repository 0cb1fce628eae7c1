import { useCallback, useEffect, useRef, useState } from 'react';

/** NUL cannot appear in ids taken from URLs or JSON keys we show, so it separates the two safely. */
export const cellKey = (rowId: string, columnId: string) => `${rowId}\u0000${columnId}`;

/**
 * Mutable per-cell maps plus a version that changes at most once per frame. A bulk action touches up to
 * 100,000 cells; copying an immutable Map for each of them would be quadratic.
 */
export function useCellMaps<V>() {
  const map = useRef(new Map<string, V>()).current;
  const [version, setVersion] = useState(0);
  const frame = useRef<number | null>(null);
  const bump = useCallback((now = false) => {
    const flush = () => {
      frame.current = null;
      setVersion((v) => v + 1);
    };
    if (now || typeof requestAnimationFrame === 'undefined') flush();
    else frame.current ??= requestAnimationFrame(flush);
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return { map, version, bump };
}

/**
 * A value the server accepted but the caller's data may not show yet (the refetch is on its way). It is
 * shown only while the saved value is still the one seen when the write started, so a refetch (or anyone
 * else's change) takes over as soon as it arrives.
 */
export type Accepted<S> = { seen: S; to: S };

export const shown = <S>(saved: S, accepted: Accepted<S> | undefined): S =>
  accepted !== undefined && accepted.seen === saved ? accepted.to : saved;
