import type { AccessKey } from '../../wire/access-keys';
import type { AccessKeyRec } from '../records';
import type { ViewContext } from './view-context';

export function accessKeyView(v: ViewContext, k: AccessKeyRec): AccessKey {
  return {
    access_key: k.access_key,
    access_key_type: k.access_key_type,
    account_id: v.accountId,
    created_at: k.created_at,
    created_by: k.created_by,
    description: k.description,
    expiration_timestamp: k.expiration_timestamp,
    id: k.id,
    is_enabled: k.is_enabled,
    modified_at: k.modified_at,
    modified_by: k.modified_by,
    parent_access_key_id: k.parent_access_key_id,
    secret_key: k.secret_key,
  };
}
