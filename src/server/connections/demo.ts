import type { RunningEmulator } from '../../emulator-kit/launch';
import { manifestFor, normaliseBaseUrl, splitSettings } from './input';
import type { ConnectionRepo } from './repo';

const fill = (value: string, baseUrl: string) => value.split('{baseUrl}').join(baseUrl);

/**
 * One demo connection per running emulator: created on first start, and on every later start pointed at
 * the emulator's new port (the base URL and any setting that holds it). Other edits a user made to a
 * demo connection are kept. Returns the names of the connections created.
 */
export async function syncDemoConnections(
  repo: ConnectionRepo,
  emulators: readonly RunningEmulator[],
): Promise<string[]> {
  const created: string[] = [];
  for (const emulator of emulators) {
    const baseUrl = normaliseBaseUrl(emulator.url);
    const manifest = manifestFor(emulator.vendor);
    const fields = Object.fromEntries(
      Object.entries({ ...emulator.demo.settings, ...emulator.demo.secrets }).map(([k, v]) => [
        k,
        fill(v, baseUrl),
      ]),
    );
    const existing = await repo.findDemo(emulator.vendor);
    if (!existing) {
      const { settings, secrets } = splitSettings(manifest, fields);
      const taken = new Set((await repo.list()).map((c) => c.name));
      const name = taken.has(emulator.demo.name) ? `${emulator.demo.name} (demo)` : emulator.demo.name;
      await repo.create({
        vendor: emulator.vendor,
        name,
        baseUrl,
        settings,
        secrets,
        demoVendor: emulator.vendor,
      });
      created.push(name);
      continue;
    }
    const current = await repo.resolve(existing.id);
    if (!current) continue;
    const moved = Object.fromEntries(
      Object.entries(emulator.demo.settings)
        .filter(([, v]) => v.includes('{baseUrl}'))
        .map(([k, v]) => [k, fill(v, baseUrl)]),
    );
    const unchanged =
      current.baseUrl === baseUrl && Object.entries(moved).every(([k, v]) => current.settings[k] === v);
    if (unchanged) continue;
    await repo.update(current.id, {
      name: current.name,
      baseUrl,
      settings: { ...current.settings, ...moved },
      secrets: current.secrets,
    });
  }
  return created;
}
