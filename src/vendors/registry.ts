import type { VendorId } from './ids';
import type { VendorManifest } from './manifest-types';
import { gs2Manifest } from './gs2/manifest';
import { ibmCipManifest } from './ibm-cip/manifest';
import { nhnFrameworkManifest } from './nhn-framework/manifest';
import { nhnRoleManifest } from './nhn-role/manifest';
import { scpManifest } from './scp/manifest';

/** Every vendor the console knows, keyed by id. A vendor appears here once its manifest exists. */
export const vendorManifests: Partial<Record<VendorId, VendorManifest>> = {
  gs2: gs2Manifest,
  scp: scpManifest,
  'nhn-role': nhnRoleManifest,
  'ibm-cip': ibmCipManifest,
  'nhn-framework': nhnFrameworkManifest,
};

export function manifestOf(id: VendorId): VendorManifest | undefined {
  return vendorManifests[id];
}
