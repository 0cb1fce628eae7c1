import { z } from 'zod';
import { ScpDateTime, pageFields } from './common';

/** A list item. */
export const SamlProviderResponse = z.object({
  account_id: z.string(),
  created_at: ScpDateTime,
  created_by: z.string(),
  creator_name: z.string().nullish(),
  description: z.string().nullish(),
  federation_type: z.string().nullish(),
  id: z.string(),
  modified_at: ScpDateTime,
  modified_by: z.string(),
  modifier_name: z.string().nullish(),
  saml_provider_name: z.string().nullish(),
});
export type SamlProviderResponse = z.infer<typeof SamlProviderResponse>;

const metadataFields = {
  acs_url: z.string().nullish(),
  idp_cert_end: ScpDateTime.nullish(),
  idp_file_name: z.string().nullish(),
  idp_file_size: z.number().int().nullish(),
  idp_issuer_url: z.string().nullish(),
  idp_sso_url: z.string().nullish(),
};
export const SamlProviderCreateResponse = z.object({ ...SamlProviderResponse.shape, ...metadataFields });
export const SamlProviderDetailResponse = z.object({
  ...SamlProviderCreateResponse.shape,
  idp_file_data: z.string().nullish(),
});
export type SamlProviderDetailResponse = z.infer<typeof SamlProviderDetailResponse>;
export const ListSamlProviderResponse = z.object({
  ...pageFields,
  saml_providers: z.array(SamlProviderResponse),
});

export const SamlProviderName = z.string().min(1).max(128);
/** The text parts of the multipart create form; `file` is read separately. */
export const SamlProviderCreateFields = z.object({
  description: z.string().max(1000).nullish(),
  federation_type: z.string().min(1),
  saml_provider_name: SamlProviderName,
  tags: z.string().nullish(),
});
export const SamlProviderUpdateFields = z.object({
  description: z.string().max(1000).nullish(),
  saml_provider_name: SamlProviderName.nullish(),
  tags: z.string().nullish(),
});
export const ListSamlProviderRemoveRequest = z.object({ ids: z.array(z.string().min(1)).min(1) });
