import { describe, expect, it } from 'vitest';
import { productsOf } from './hierarchy';

describe('productsOf', () => {
  it('flattens the catalogue tree with menu paths, skipping folders and repeats', () => {
    const list = productsOf([
      {
        productUiName: 'Compute',
        children: [
          { productUiName: 'Instance', productId: 'P1' },
          { productUiName: 'GPU', productId: 'P2', children: [{ productUiName: 'Dup', productId: 'P1' }] },
        ],
      },
      { productUiName: 'SMS', productId: 'P3' },
    ]);
    expect(list).toEqual([
      { productId: 'P1', name: 'Instance', path: ['Compute'] },
      { productId: 'P2', name: 'GPU', path: ['Compute'] },
      { productId: 'P3', name: 'SMS', path: [] },
    ]);
  });
});
