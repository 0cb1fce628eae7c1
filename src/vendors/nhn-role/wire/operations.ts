import { z } from 'zod';
import { opt, withHeader } from './common';

export const OperationResponseProtocolSchema = z.object({
  operationId: z.string(),
  description: z.string().nullish(),
  appKey: z.string().nullish(),
});
export type OperationResponseProtocol = z.infer<typeof OperationResponseProtocolSchema>;

export const CreateOperationRequestSchema = z.object({
  operationId: z.string(),
  description: opt(z.string()),
});
export const UpdateOperationRequestSchema = z.object({ description: opt(z.string()) });
export const DeleteOperationsRequestSchema = z.object({ operationIds: z.array(z.string()) });
export const SearchOperationsRequestSchema = z.object({
  operationIds: opt(z.array(z.string())),
  operationIdPreLike: opt(z.string()),
  descriptionLike: opt(z.string()),
});
export type SearchOperationsRequest = z.infer<typeof SearchOperationsRequestSchema>;

export const GetOperationResponseSchema = withHeader({ operation: OperationResponseProtocolSchema });
export const GetOperationIdsResponseSchema = withHeader({
  operationIds: z.array(z.string()),
  totalItems: z.number().int(),
});
export const SearchOperationsResponseSchema = withHeader({
  operations: z.array(OperationResponseProtocolSchema),
  totalItems: z.number().int(),
});
