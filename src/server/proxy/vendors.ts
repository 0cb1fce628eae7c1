import type { VendorId } from '../../vendors/ids';
import { gs2Upstream } from '../../vendors/gs2/upstream';
import { ibmCipUpstream } from '../../vendors/ibm-cip/upstream';
import { nhnFrameworkUpstream } from '../../vendors/nhn-framework/upstream';
import { nhnRoleUpstream } from '../../vendors/nhn-role/upstream';
import { scpUpstream } from '../../vendors/scp/upstream';
import type { VendorUpstream } from './types';

/** The server half of every vendor; browser code never imports this file. */
export const vendorUpstreams: Record<VendorId, VendorUpstream> = {
  gs2: gs2Upstream,
  scp: scpUpstream,
  'nhn-role': nhnRoleUpstream,
  'ibm-cip': ibmCipUpstream,
  'nhn-framework': nhnFrameworkUpstream,
};
