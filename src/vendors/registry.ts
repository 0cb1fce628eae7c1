import type { VendorId } from './ids';
import type { VendorManifest } from './manifest-types';

/** Every vendor the console knows, keyed by id. A vendor appears here once its manifest exists. */
export const vendorManifests: Partial<Record<VendorId, VendorManifest>> = {};

export function manifestOf(id: VendorId): VendorManifest | undefined {
  return vendorManifests[id];
}
