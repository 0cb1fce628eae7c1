export type GridPos = { r: number; c: number };

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * Where a navigation key moves the active cell (the ARIA grid pattern), or null when the key is not a
 * move. `page` is how many rows PageUp/PageDown skip.
 */
export function moveFor(
  key: string,
  ctrl: boolean,
  at: GridPos,
  size: { rows: number; cols: number },
  page: number,
): GridPos | null {
  const { r, c } = at;
  const lastR = size.rows - 1;
  const lastC = size.cols - 1;
  let to: [number, number] | null;
  switch (key) {
    case 'ArrowDown':
      to = [r + 1, c];
      break;
    case 'ArrowUp':
      to = [r - 1, c];
      break;
    case 'ArrowRight':
      to = [r, c + 1];
      break;
    case 'ArrowLeft':
      to = [r, c - 1];
      break;
    case 'PageDown':
      to = [r + page, c];
      break;
    case 'PageUp':
      to = [r - page, c];
      break;
    case 'Home':
      to = ctrl ? [0, 0] : [r, 0];
      break;
    case 'End':
      to = ctrl ? [lastR, lastC] : [r, lastC];
      break;
    default:
      to = null;
  }
  return to && { r: clamp(to[0], lastR), c: clamp(to[1], lastC) };
}

export const clampPos = (at: GridPos, size: { rows: number; cols: number }): GridPos => ({
  r: clamp(at.r, size.rows - 1),
  c: clamp(at.c, size.cols - 1),
});
