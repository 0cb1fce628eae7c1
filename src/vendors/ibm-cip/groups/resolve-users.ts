import { cipCall } from '../client';
import { valuesOf } from '../users/attributes';

/** Splits "a, b\nc" into distinct user names. */
export const parseUids = (text: string) => [...new Set(text.split(/[\s,]+/).filter((s) => s !== ''))];

/**
 * Member calls take gtwayUUIDs; people type user names. Each name is looked up (U4 on uid) and the
 * names that match no user are returned so the form can say which.
 */
export async function resolveUids(
  connectionId: string,
  uids: readonly string[],
): Promise<{ uuids: string[]; unknown: string[] }> {
  const found = await Promise.all(
    uids.map(async (uid) => {
      const r = await cipCall(connectionId, 'searchUsers', { query: { uid } });
      const exact = r.entries.find((e) => valuesOf(e.uid)[0]?.toLowerCase() === uid.toLowerCase());
      return { uid, uuid: exact ? valuesOf(exact.gtwayUUID)[0] : undefined };
    }),
  );
  return {
    uuids: found.flatMap((f) => (f.uuid ? [f.uuid] : [])),
    unknown: found.filter((f) => !f.uuid).map((f) => f.uid),
  };
}
