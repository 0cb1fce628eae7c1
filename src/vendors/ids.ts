/** Every vendor Tessera speaks to; adding a vendor starts here and in ./registry.ts. */
export const VENDOR_IDS = ['gs2', 'scp', 'nhn-role', 'ibm-cip', 'nhn-framework'] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export function isVendorId(value: string): value is VendorId {
  return (VENDOR_IDS as readonly string[]).includes(value);
}
