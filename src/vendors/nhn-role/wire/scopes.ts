import { z } from 'zod';
import { opt, withHeader } from './common';

export const ScopeProtocolSchema = z.object({ scopeId: z.string(), description: z.string().nullish() });
export type ScopeProtocol = z.infer<typeof ScopeProtocolSchema>;

export const CreateScopeRequestSchema = z.object({ scopeId: z.string(), description: opt(z.string()) });
export const UpdateScopeRequestSchema = z.object({ description: opt(z.string()) });
export const DeleteScopesRequestSchema = z.object({ scopeIds: z.array(z.string()) });
export const SearchScopesRequestSchema = z.object({
  scopeIds: opt(z.array(z.string())),
  scopeIdPreLike: opt(z.string()),
  descriptionLike: opt(z.string()),
});
export type SearchScopesRequest = z.infer<typeof SearchScopesRequestSchema>;

export const GetScopeIdsResponseSchema = withHeader({
  scopeIds: z.array(z.string()),
  totalItems: z.number().int(),
});
export const GetScopeResponseSchema = withHeader({ scope: ScopeProtocolSchema });
export const SearchScopesResponseSchema = withHeader({
  scopes: z.array(ScopeProtocolSchema),
  totalItems: z.number().int(),
});
