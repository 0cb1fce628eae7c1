import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MASKED, MASK_MAX_BYTES, MaskFailed, maskAnswer, maskJson } from './mask';

const json = (v: unknown) => Buffer.from(JSON.stringify(v));

describe('maskJson', () => {
  it('masks the named keys at any depth and keeps everything else', () => {
    const out = maskJson(
      json({ access_keys: [{ id: 'a', secret_key: 's3cr3t', nested: { secret_key: 'x' } }], count: 1 }),
      ['secret_key'],
      200,
    );
    expect(JSON.parse(out.toString())).toEqual({
      access_keys: [{ id: 'a', secret_key: MASKED, nested: { secret_key: MASKED } }],
      count: 1,
    });
  });

  it('leaves empty and null values as they are, so "no secret" still reads as none', () => {
    const out = maskJson(json({ secret_key: '', other: { secret_key: null } }), ['secret_key'], 200);
    expect(JSON.parse(out.toString())).toEqual({ secret_key: '', other: { secret_key: null } });
  });

  it('refuses a successful answer it cannot parse, but passes an error body through', () => {
    expect(() => maskJson(Buffer.from('secret_key=abc'), ['secret_key'], 200)).toThrow(MaskFailed);
    expect(maskJson(Buffer.from('<html>oops</html>'), ['secret_key'], 500).toString()).toBe(
      '<html>oops</html>',
    );
  });
});

describe('maskAnswer', () => {
  it('reads a streamed answer whole and fixes its length headers', async () => {
    const body = json({ secret_key: 'abcdef' });
    const answer = await maskAnswer(
      { status: 200, headers: { 'transfer-encoding': 'chunked' }, body: Readable.from([body]) },
      ['secret_key'],
    );
    const out = answer.body;
    expect(out.toString()).toBe(JSON.stringify({ secret_key: MASKED }));
    expect(answer.headers['content-length']).toBe(String(out.length));
    expect(answer.headers['transfer-encoding']).toBeUndefined();
  });

  it('refuses compressed and oversized answers rather than pass a secret on', async () => {
    await expect(
      maskAnswer({ status: 200, headers: { 'content-encoding': 'gzip' }, body: Buffer.alloc(4) }, ['k']),
    ).rejects.toThrow(MaskFailed);
    const huge = Readable.from([Buffer.alloc(MASK_MAX_BYTES), Buffer.alloc(1)]);
    await expect(maskAnswer({ status: 200, headers: {}, body: huge }, ['k'])).rejects.toThrow(MaskFailed);
  });
});
