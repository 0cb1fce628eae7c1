import { describe, expect, it } from 'vitest';
import { DescribeUsersResultSchema } from '../wire';
import { createGs2Emulator } from './index';

describe('a project with many users', () => {
  it('pages through every user exactly once, in creation order', async () => {
    const emulator = createGs2Emulator({});
    const total = 20_000;
    emulator.ctx.store.atomic(() => {
      for (let i = 0; i < total; i++)
        emulator.ctx.store.users.put(`user-${i}`, {
          name: `user-${i}`,
          createdAt: i,
          updatedAt: i,
          revision: 0,
        });
    });
    const login = await emulator.app.request('/projectToken/login', {
      method: 'POST',
      body: JSON.stringify({
        client_id: emulator.admin.clientId,
        client_secret: emulator.admin.clientSecret,
      }),
    });
    const headers = {
      authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}`,
    };
    let pageToken: string | null = null;
    const names: string[] = [];
    let pages = 0;
    do {
      const res = await emulator.app.request(
        `/user?limit=1000${pageToken ? `&pageToken=${pageToken}` : ''}`,
        { headers },
      );
      const page = DescribeUsersResultSchema.parse(await res.json());
      names.push(...page.items.map((u) => u.name));
      pageToken = page.nextPageToken;
      pages++;
    } while (pageToken);
    expect(names).toEqual(['admin', ...Array.from({ length: total }, (_, i) => `user-${i}`)]);
    expect(pages).toBe(Math.ceil((total + 1) / 1000));
    emulator.close();
  });
});
