/**
 * jsdom does no layout, so a virtualiser sees a 0×0 viewport and renders nothing. This gives the scroll
 * areas (DataTable's `dt-scroll` by default, and e.g. the Matrix's `mx-scroll`) a size, and every other
 * element none. Returns the undo.
 */
export function giveTablesLayout(opts: { size?: number; classes?: readonly string[] } = {}): () => void {
  const size = opts.size ?? 360;
  const classes = opts.classes ?? ['dt-scroll'];
  const props = ['clientHeight', 'clientWidth', 'offsetHeight', 'offsetWidth'] as const;
  for (const p of props) {
    Object.defineProperty(HTMLElement.prototype, p, {
      configurable: true,
      get(this: HTMLElement) {
        return classes.some((c) => this.classList.contains(c)) ? size : 0;
      },
    });
  }
  return () => {
    for (const p of props) Reflect.deleteProperty(HTMLElement.prototype, p);
  };
}
