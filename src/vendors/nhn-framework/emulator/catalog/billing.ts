import type { ContractProductPrice, ProductMetadata } from '../../wire/billing';

type Counter = [
  counterName: string,
  productId: string,
  productUiId: string,
  main: string,
  sub: string,
  unitName: string,
  calcUnitCode: string,
  meterUnitCode: string,
  price: number,
];

/** Pay-as-you-go counters of the service catalogue: the same list feeds products (#44) and prices (#43). */
const COUNTERS: readonly Counter[] = [
  ['c2.c1m2', 'kC4nS7xe', 'UIcomp01', 'Compute', 'Instance', 'hours', 'HOURS', 'HOURS', 38],
  ['c2.c2m4', 'kC4nS7xe', 'UIcomp01', 'Compute', 'Instance', 'hours', 'HOURS', 'HOURS', 76],
  ['m2.c4m8', 'kC4nS7xe', 'UIcomp01', 'Compute', 'Instance', 'hours', 'HOURS', 'HOURS', 152],
  ['g2.t4.c8m64', 'Gp4uIn5t', 'UIcomp03', 'Compute', 'GPU Instance', 'hours', 'HOURS', 'HOURS', 1250],
  [
    'storage.object.standard',
    'oBj8St0r',
    'UIstor01',
    'Storage',
    'Object Storage',
    'GB',
    'GB_DAYS',
    'GB',
    0.8,
  ],
  ['storage.object.transfer.out', 'oBj8St0r', 'UIstor01', 'Storage', 'Object Storage', 'GB', 'GB', 'GB', 110],
  ['lncs.log.ingest', 'LcS2rch7', 'UIanal01', 'Analytics', 'Log & Crash Search', 'GB', 'GB', 'GB', 900],
  ['notification.sms.send', 'Nt1fSmS0', 'UInoti01', 'Notification', 'SMS', 'calls', 'CALLS', 'CALLS', 9.9],
];

export const BILLING_PRODUCTS: readonly ProductMetadata[] = COUNTERS.map(
  ([counterName, productId, productUiId, main, sub, unitName, calcUnitCode, meterUnitCode], i) => ({
    budgetUsageTypeYn: 'Y',
    calcUnitCode,
    categoryMain: main,
    categorySub: sub,
    chargingTypeId: calcUnitCode === 'CALLS' ? 'API CALLS' : 'USAGE',
    convertUsageTypeCode: calcUnitCode === 'GB_DAYS' ? 'DAY_AVERAGE' : 'NONE',
    counterName,
    counterTypeCode: calcUnitCode === 'HOURS' ? 'DELTA' : 'GAUGE',
    description: `${sub} ${counterName}`,
    displayOrder: i + 1,
    meterUnitCode,
    minUsage: 0,
    parentCounterName: counterName.split('.')[0] ?? counterName,
    productId,
    productMetadataStatusCode: 'STABLE',
    productUiId,
    regionTypeCode: 'KR1',
    unit: 1,
    unitName,
    usageAggregationUnitCode: 'RESOURCE_ID',
  }),
);

/** Prices of each counter in two usage bands: the first band at list price, the second discounted. */
export const BILLING_PRICES: readonly ContractProductPrice[] = COUNTERS.flatMap(
  ([counterName, , , , sub, , calcUnitCode, , price], i) =>
    [0, 1].map((band) => ({
      contractDiscountPolicyId: 'jxzEL2C09G20oDX3',
      contractId: '3YVRwIVU',
      counterName,
      displayNameEn: `${sub} (${counterName})`,
      displayNameJa: `${sub} (${counterName})`,
      displayNameKo: `${sub} (${counterName})`,
      displayNameZh: `${sub} (${counterName})`,
      monthFrom: '2025-01',
      monthTo: '9999-12',
      originalPrice: price,
      price: band === 0 ? price : Math.round(price * 90) / 100,
      rangeFrom: band === 0 ? 0 : 1000,
      rangeTo: band === 0 ? 1000 : 999_999_999,
      seq: i * 2 + band + 1,
      slidingCalculationTypeCode: calcUnitCode === 'HOURS' ? 'NONE' : 'SECTION_SUM',
      useFixPriceYn: 'N',
    })),
);
