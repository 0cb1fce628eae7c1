import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { scpCall } from '../client';
import { scpKeys, type ScpPageArgs } from '../queries/keys';
import {
  ListSamlProviderResponse,
  SamlProviderCreateResponse,
  SamlProviderDetailResponse,
} from '../wire/saml-providers';

/** SAML identity providers (reference/scp-iam.md §2.H); create and update are multipart, delete bulk only. */
export const samlApi = {
  list: endpoint('GET', '/v1/saml-providers', ListSamlProviderResponse),
  get: endpoint('GET', '/v1/saml-providers/{samlProviderId}', SamlProviderDetailResponse),
  create: endpoint('POST', '/v1/saml-providers', SamlProviderCreateResponse),
  removeMany: endpoint('DELETE', '/v1/saml-providers/bulk', z.unknown()),
};

const root = (c: string) => [...scpKeys.all(c), 'saml-providers'] as const;
export const samlKeys = {
  root,
  page: (c: string, p: ScpPageArgs) => [...root(c), 'page', p] as const,
  one: (c: string, samlProviderId: string) => [...root(c), 'one', samlProviderId] as const,
};

export const samlPageQuery = (c: string, p: ScpPageArgs) =>
  queryOptions({
    queryKey: samlKeys.page(c, p),
    queryFn: ({ signal }) =>
      scpCall(c, samlApi.list, {
        query: {
          page: p.page,
          size: p.size,
          sort: p.sort,
          saml_provider_name: p.filters?.saml_provider_name?.trim()
            ? p.filters.saml_provider_name.trim()
            : undefined,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export const samlQuery = (c: string, samlProviderId: string) =>
  queryOptions({
    queryKey: samlKeys.one(c, samlProviderId),
    queryFn: ({ signal }) => scpCall(c, samlApi.get, { params: { samlProviderId }, signal }),
  });
