import { z } from 'zod';
import { endpoint } from '@/lib/http/vendor-client';
import { AccessKeyResponse, ListAccessKeyResponse } from '../wire/access-keys';

/** Access-key operations (reference/scp-iam.md §2.G). Reads carry a (masked) secret: see `stripSecret`. */
export const accessKeyApi = {
  list: endpoint('GET', '/v1/access-keys', ListAccessKeyResponse),
  create: endpoint('POST', '/v1/access-keys', AccessKeyResponse),
  sendOtp: endpoint('POST', '/v1/access-keys/send-otp', z.unknown()),
  get: endpoint('GET', '/v1/access-keys/{accessKeyId}', AccessKeyResponse),
  update: endpoint('PUT', '/v1/access-keys/{accessKeyId}', AccessKeyResponse),
  remove: endpoint('DELETE', '/v1/access-keys/{accessKeyId}', z.unknown()),
  removeMany: endpoint('DELETE', '/v1/access-keys/bulk', ListAccessKeyResponse),
};
