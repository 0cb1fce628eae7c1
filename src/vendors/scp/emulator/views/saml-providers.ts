import type { SamlProviderDetailResponse, SamlProviderResponse } from '../../wire/saml-providers';
import type { SamlRec } from '../records';
import type { ViewContext } from './view-context';

export function samlListItem(v: ViewContext, s: SamlRec): SamlProviderResponse {
  return {
    account_id: v.accountId,
    created_at: s.created_at,
    created_by: s.created_by,
    creator_name: v.person(s.created_by).name,
    description: s.description,
    federation_type: s.federation_type,
    id: s.id,
    modified_at: s.modified_at,
    modified_by: s.modified_by,
    modifier_name: v.person(s.modified_by).name,
    saml_provider_name: s.saml_provider_name,
  };
}

/** The detail adds the parsed metadata and the file itself; create answers without `idp_file_data`. */
export function samlDetail(v: ViewContext, s: SamlRec): SamlProviderDetailResponse {
  return {
    ...samlListItem(v, s),
    acs_url: `${v.config.publicBaseUrl ?? 'https://iam.emulator.samsungsdscloud.com'}/v1/saml/${v.accountId}/${s.id}/acs`,
    idp_cert_end: s.cert_end,
    idp_file_name: s.file_name,
    idp_file_size: s.file_size,
    idp_issuer_url: s.issuer,
    idp_sso_url: s.sso_url,
    idp_file_data: s.file_data,
  };
}
