import type { ProductUiType } from '../../wire/projects';

/** A service of the catalogue and the rules that gate enabling it. */
export type Product = {
  productId: string;
  productName: string;
  /** Enabling needs the parent enabled first (40054); disabling the parent needs the children off (40057). */
  parentProductId?: string;
  corporateOnly: boolean;
  enableable: boolean;
  usesSecretKey: boolean;
  hasTenant: boolean;
  productUiId: string;
  uiType: ProductUiType;
};

export const PRODUCTS: readonly Product[] = [
  {
    productId: 'kC4nS7xe',
    productName: 'Instance',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: false,
    hasTenant: true,
    productUiId: 'UIcomp01',
    uiType: 'PROJECT',
  },
  {
    productId: 'Ab3sCl9q',
    productName: 'Auto Scale',
    parentProductId: 'kC4nS7xe',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIcomp02',
    uiType: 'PROJECT',
  },
  {
    productId: 'Gp4uIn5t',
    productName: 'GPU Instance',
    parentProductId: 'kC4nS7xe',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIcomp03',
    uiType: 'PROJECT',
  },
  {
    productId: 'oBj8St0r',
    productName: 'Object Storage',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: false,
    hasTenant: true,
    productUiId: 'UIstor01',
    uiType: 'PROJECT',
  },
  {
    productId: 'LcS2rch7',
    productName: 'Log & Crash Search',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: true,
    hasTenant: false,
    productUiId: 'UIanal01',
    uiType: 'PROJECT',
  },
  {
    productId: 'Nt1fSmS0',
    productName: 'SMS',
    corporateOnly: false,
    enableable: true,
    usesSecretKey: true,
    hasTenant: false,
    productUiId: 'UInoti01',
    uiType: 'PROJECT',
  },
  {
    productId: 'DdHyPv01',
    productName: 'Dedicated Hypervisor',
    corporateOnly: true,
    enableable: true,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIcomp04',
    uiType: 'PROJECT',
  },
  {
    productId: 'BrMt0001',
    productName: 'Bare Metal',
    corporateOnly: false,
    enableable: false,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIcomp05',
    uiType: 'PROJECT',
  },
  {
    productId: 'OrgGov01',
    productName: 'Organization Governance',
    corporateOnly: false,
    enableable: false,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIorg001',
    uiType: 'ORG',
  },
  {
    productId: 'Bdgt0001',
    productName: 'Budget Management',
    corporateOnly: false,
    enableable: false,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UIorg002',
    uiType: 'ORG',
  },
  {
    productId: 'MkPl0001',
    productName: 'Marketplace Backup',
    corporateOnly: false,
    enableable: false,
    usesSecretKey: false,
    hasTenant: false,
    productUiId: 'UImkt001',
    uiType: 'MARKET_PLACE',
  },
];

export const findProduct = (productId: string): Product | undefined =>
  PRODUCTS.find((p) => p.productId === productId);

/** Homepage categories grouping the services, as the product hierarchy (#13) shows them. */
export const PRODUCT_UI_CATEGORIES: readonly {
  productUiId: string;
  productUiName: string;
  uiType: ProductUiType;
  members: readonly string[];
}[] = [
  {
    productUiId: 'UIcatCmp',
    productUiName: 'Compute',
    uiType: 'PROJECT',
    members: ['UIcomp01', 'UIcomp02', 'UIcomp03', 'UIcomp04', 'UIcomp05'],
  },
  { productUiId: 'UIcatStr', productUiName: 'Storage', uiType: 'PROJECT', members: ['UIstor01'] },
  { productUiId: 'UIcatAna', productUiName: 'Analytics', uiType: 'PROJECT', members: ['UIanal01'] },
  { productUiId: 'UIcatNot', productUiName: 'Notification', uiType: 'PROJECT', members: ['UInoti01'] },
  {
    productUiId: 'UIcatOrg',
    productUiName: 'Organization',
    uiType: 'ORG',
    members: ['UIorg001', 'UIorg002'],
  },
  { productUiId: 'UIcatMkt', productUiName: 'Marketplace', uiType: 'MARKET_PLACE', members: ['UImkt001'] },
];
