/**
 * jsdom lays nothing out, so the virtualisers would see a 0×0 viewport and render no cells. This gives the
 * grid's scroll element a size (and nothing else), for component tests of the matrix.
 */
export function stubGridSize(size: { width: number; height: number }) {
  const props = {
    clientHeight: size.height,
    clientWidth: size.width,
    offsetHeight: size.height,
    offsetWidth: size.width,
  };
  return {
    install: () => {
      for (const [p, v] of Object.entries(props)) {
        Object.defineProperty(HTMLElement.prototype, p, {
          configurable: true,
          get(this: HTMLElement) {
            return this.classList.contains('mx-scroll') ? v : 0;
          },
        });
      }
    },
    remove: () => {
      for (const p of Object.keys(props)) Reflect.deleteProperty(HTMLElement.prototype, p);
    },
  };
}
