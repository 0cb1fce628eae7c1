/**
 * Prints how fast describeUsers pages are in a project of 100,000 users (the README quotes its figures).
 * Run: npm run bench:gs2-users
 */
import { createGs2Emulator } from '../src/vendors/gs2/emulator/index';
import { encodePageToken } from '../src/vendors/gs2/emulator/paging';

const TOTAL = 100_000;

async function main(): Promise<void> {
  const emulator = createGs2Emulator({});
  const { store } = emulator.ctx;
  let t = performance.now();
  store.atomic(() => {
    for (let i = 0; i < TOTAL; i++)
      store.users.put(`user-${i}`, { name: `user-${i}`, createdAt: i, updatedAt: i, revision: 0 });
  });
  console.log(`insert ${TOTAL} users: ${(performance.now() - t).toFixed(0)} ms`);
  const login = await emulator.app.request('/projectToken/login', {
    method: 'POST',
    body: JSON.stringify({ client_id: emulator.admin.clientId, client_secret: emulator.admin.clientSecret }),
  });
  const headers = {
    authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}`,
  };
  const times: number[] = [];
  let pageToken: string | null = null;
  do {
    t = performance.now();
    const res = await emulator.app.request(`/user?limit=1000${pageToken ? `&pageToken=${pageToken}` : ''}`, {
      headers,
    });
    pageToken = ((await res.json()) as { nextPageToken: string | null }).nextPageToken;
    times.push(performance.now() - t);
  } while (pageToken);
  times.sort((a, b) => a - b);
  const pct = (p: number) =>
    (times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0).toFixed(1);
  console.log(`limit=1000: ${times.length} pages, median ${pct(0.5)} ms, p95 ${pct(0.95)} ms`);
  t = performance.now();
  for (let i = 0; i < 200; i++)
    await emulator.app.request(`/user?limit=30&pageToken=${encodePageToken('user', 50_000 + i)}`, {
      headers,
    });
  console.log(
    `limit=30 from the middle of the list: ${((performance.now() - t) / 200).toFixed(2)} ms per page`,
  );
  emulator.close();
}

void main();
