import type { ProductUiNode } from '../wire/projects';

export type CatalogueProduct = { productId: string; name: string; path: string[] };

/** Every product of the catalogue tree with the menu path above it; folders without a product are skipped. */
export function productsOf(nodes: readonly ProductUiNode[], above: string[] = []): CatalogueProduct[] {
  const seen = new Set<string>();
  const out: CatalogueProduct[] = [];
  const walk = (list: readonly ProductUiNode[], path: string[]) => {
    for (const node of list) {
      const name = node.productUiName ?? node.productId ?? '';
      if (node.productId && !seen.has(node.productId)) {
        seen.add(node.productId);
        out.push({ productId: node.productId, name, path });
      }
      if (node.children) walk(node.children, [...path, name]);
    }
  };
  walk(nodes, above);
  return out;
}
