/** jsdom does no layout; give DataTable's scroll area a size so its virtualiser renders rows. */
const sizes = ['clientHeight', 'clientWidth'] as const;

export function giveTablesLayout(): () => void {
  for (const p of sizes) {
    Object.defineProperty(HTMLElement.prototype, p, {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('dt-scroll') ? 360 : 0;
      },
    });
  }
  return () => {
    for (const p of sizes) Reflect.deleteProperty(HTMLElement.prototype, p);
  };
}
