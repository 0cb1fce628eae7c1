import {
  ListEndpointsResponse,
  ServiceAccountListResponse,
  ServiceAccountShowResponse,
} from '../../wire/directory';
import { textFilter } from '../request';
import { send, type RouteSpec } from '../routing';
import { mustGet, param } from './shared';

/** Regions of the emulator's one environment; IAM is one host, so every region lists the same URL. */
const REGIONS = ['kr-west1', 'kr-east1'];

export const directoryRoutes: RouteSpec[] = [
  {
    method: 'GET',
    path: '/v1/endpoints',
    action: 'iam:ListEndpoints',
    level: 'LIST',
    handler: (c, d) => {
      const url = d.config.publicBaseUrl ?? new URL(c.req.url).origin;
      const regions = [d.config.region, ...REGIONS.filter((r) => r !== d.config.region)];
      return send(c, ListEndpointsResponse, {
        endpoints: regions.map((region) => ({
          region,
          service_name: 'scp-iam',
          service_type: 'scp-iam',
          url,
        })),
      });
    },
  },
  {
    method: 'GET',
    path: '/v1/service-accounts',
    action: 'iam:ListServiceAccounts',
    level: 'LIST',
    handler: (c, d) => {
      const name = textFilter(c, 'name');
      const service = textFilter(c, 'service');
      const items = d.store.serviceAccounts.list(
        (s) => (!name || name(s.name)) && (!service || service(s.service)),
      );
      return send(c, ServiceAccountListResponse, {
        service_accounts: items.map(({ id, name: n, service: s }) => ({ id, name: n, service: s })),
      });
    },
  },
  {
    method: 'GET',
    path: '/v1/service-accounts/:service_account_id',
    action: 'iam:ShowServiceAccount',
    level: 'READ',
    target: { type: 'service-account', param: 'service_account_id' },
    handler: (c, d) =>
      send(c, ServiceAccountShowResponse, {
        service_account: mustGet(d.store.serviceAccounts, param(c, 'service_account_id'), 'Service account'),
      }),
  },
];
