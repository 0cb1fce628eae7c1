import { manifestOf } from '../../vendors/registry';
import type { ConnectionRecord } from './repo';

/** A connection as the API shows it: each secret field only as `"set"`, never its value. */
export type ConnectionView = {
  id: string;
  vendor: string;
  name: string;
  baseUrl: string;
  settings: Record<string, string>;
  demo: boolean;
  createdAt: string;
  updatedAt: string;
  revision: number;
};

export function presentConnection(record: ConnectionRecord): ConnectionView {
  const secretFields = manifestOf(record.vendor)?.secretFields ?? [];
  const settings: Record<string, string> = {};
  for (const [key, value] of Object.entries(record.settings))
    if (!secretFields.includes(key)) settings[key] = value;
  for (const name of record.secretNames) settings[name] = 'set';
  return {
    id: record.id,
    vendor: record.vendor,
    name: record.name,
    baseUrl: record.baseUrl,
    settings,
    demo: record.demoVendor !== null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    revision: record.revision,
  };
}
