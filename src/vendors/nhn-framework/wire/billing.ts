import { z } from 'zod';
import { envelope, PagingBean, PagingResponse } from './common';

/** #43 body. */
export const SearchPricesRequest = z.object({
  counterNames: z.array(z.string()).optional(),
  paging: PagingBean.optional(),
});
export type SearchPricesRequest = z.infer<typeof SearchPricesRequest>;

/** #43 item (ContractProductPriceProtocol). */
export const ContractProductPrice = z.object({
  contractDiscountPolicyId: z.string(),
  contractId: z.string(),
  counterName: z.string(),
  displayNameEn: z.string().optional(),
  displayNameJa: z.string().optional(),
  displayNameKo: z.string(),
  displayNameZh: z.string().optional(),
  monthFrom: z.string(),
  monthTo: z.string(),
  originalPrice: z.number(),
  price: z.number(),
  rangeFrom: z.number(),
  rangeTo: z.number(),
  seq: z.number().int(),
  slidingCalculationTypeCode: z.enum(['NONE', 'SECTION_SUM', 'SECTION_SELECTED']),
  useFixPriceYn: z.enum(['Y', 'N']),
});
export type ContractProductPrice = z.infer<typeof ContractProductPrice>;
export const SearchPricesResponse = envelope({
  paging: PagingResponse,
  prices: z.array(ContractProductPrice),
});
export type SearchPricesResponse = z.infer<typeof SearchPricesResponse>;

/** #44 item (ProductMetadata). */
export const ProductMetadata = z.object({
  budgetUsageTypeYn: z.enum(['Y', 'N']).optional(),
  calcUnitCode: z.string(),
  categoryMain: z.string(),
  categorySub: z.string(),
  chargingTypeId: z.string(),
  convertUsageTypeCode: z.enum(['NONE', 'HOUR_AVERAGE', 'DAY_AVERAGE']),
  counterName: z.string(),
  counterTypeCode: z.enum(['DELTA', 'GAUGE', 'HOURLY_LATEST', 'DAILY_MAX', 'MONTHLY_MAX', 'STATUS']),
  description: z.string().optional(),
  displayOrder: z.number().int(),
  marketPlaceMandatoryUsePeriod: z.number().int().optional(),
  meterUnitCode: z.string(),
  minUsage: z.number(),
  parentCounterName: z.string(),
  productId: z.string(),
  productMetadataStatusCode: z.enum(['STABLE', 'CLOSED']),
  productUiId: z.string(),
  regionTypeCode: z.string(),
  unit: z.number().int(),
  unitName: z.string(),
  usageAggregationUnitCode: z.enum(['RESOURCE_ID', 'COUNTER_NAME']).optional(),
});
export type ProductMetadata = z.infer<typeof ProductMetadata>;
export const ListBillingProductsResponse = envelope({
  paging: PagingResponse,
  products: z.array(ProductMetadata),
});
export type ListBillingProductsResponse = z.infer<typeof ListBillingProductsResponse>;
