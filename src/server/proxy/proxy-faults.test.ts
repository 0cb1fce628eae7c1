import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { findLeaks } from './testing/test-server';
import { startFakeVendor } from './testing/fake-vendor';
import { allSecrets, creds, reads, useFiveVendors } from './testing/vendor-fixture';

const t = useFiveVendors();
const proxy = t.proxy;
const MIN_RESPONSES = 5;

describe('bodies', () => {
  it('forwards a DELETE body intact (NHN ROLE bulk delete, IBM form with repeated keys)', async () => {
    const json = '{"userIds":["u1","u2"]}';
    const res = await t.server.raw('DELETE', proxy('nhn-role', '/role/v3.0/appkeys/roleApp1/users'), {
      role: 'operator',
      headers: { 'content-type': 'application/json' },
      body: json,
    });
    expect(res.status).toBe(200);
    expect(t.fakes['nhn-role'].seen.at(-1)?.body.toString()).toBe(json);
    const form = 'member=a&member=b';
    await t.server.raw('DELETE', proxy('ibm-cip', '/GmaApi/groups/g1/members'), {
      role: 'operator',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(t.fakes['ibm-cip'].seen.at(-1)?.body.toString()).toBe(form);
  });

  it('forwards a multipart upload byte for byte with its boundary (SCP SAML provider)', async () => {
    const boundary = '----WebKitFormBoundary7MA4YWxkTrZu0gW';
    const binary = Buffer.from([0, 1, 2, 255, 254, 13, 10, 45, 45]);
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nidp\r\n--${boundary}\r\nContent-Disposition: form-data; name="metadata"; filename="m.xml"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      binary,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await t.server.raw('POST', proxy('scp', '/v1/saml-providers'), {
      role: 'operator',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(200);
    const seen = t.fakes.scp.seen.at(-1);
    expect(seen?.body.equals(body)).toBe(true);
    expect(seen?.headers['content-type']).toBe(`multipart/form-data; boundary=${boundary}`);
  });

  it('refuses a declared 2 GB body at once, and stops a streamed 2 GB body at the limit', async () => {
    const declared = await t.server.raw('POST', proxy('scp', '/v1/saml-providers'), {
      role: 'operator',
      headers: { 'content-length': String(2 * 1024 ** 3), 'content-type': 'application/octet-stream' },
    });
    expect(declared.status).toBe(413);

    const before = t.fakes.scp.seen.length;
    const rssBefore = process.memoryUsage().rss;
    const chunk = Buffer.alloc(1024 * 1024, 97);
    const result = await new Promise<{ status: number; sent: number }>((resolve) => {
      let sent = 0;
      let status = -1;
      let sending = true;
      const req = http.request({
        host: '127.0.0.1',
        port: t.server.port,
        method: 'POST',
        path: proxy('scp', '/v1/saml-providers'),
        headers: {
          'x-test-role': 'operator',
          'content-type': 'application/octet-stream',
          'transfer-encoding': 'chunked',
        },
      });
      req.on('response', (res) => {
        // Like a browser, stop uploading once the server has answered.
        sending = false;
        status = res.statusCode ?? -1;
        res.resume();
        res.on('end', () => resolve({ status, sent }));
      });
      req.on('error', () => resolve({ status, sent }));
      const pump = () => {
        while (sent < 2 * 1024 ** 3) {
          if (req.destroyed || !sending) return;
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(result.sent).toBeLessThan(256 * 1024 * 1024);
    expect(result.status).toBe(413);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
    const upstream = t.fakes.scp.seen.slice(before);
    for (const s of upstream) expect(s.bodyBytes).toBeLessThanOrEqual(1024 * 1024);
  });
});

describe('faults', () => {
  it('an upstream that hangs: 504 naming the connection', async () => {
    t.fakes.gs2.setFault('hang');
    try {
      const res = await t.server.raw('GET', proxy('gs2', '/user'), { role: 'viewer' });
      expect(res.status).toBe(504);
      expect(JSON.parse(res.body)).toMatchObject({
        type: 'urn:tessera:problem:upstream-timeout',
        connection: 'gs2 test',
      });
    } finally {
      t.fakes.gs2.setFault(undefined);
    }
  });

  it('an upstream that resets or sends garbage: 502 naming the connection', async () => {
    for (const fault of ['reset', 'garbage'] as const) {
      t.fakes.gs2.setFault(fault);
      const res = await t.server.raw('GET', proxy('gs2', '/user'), { role: 'viewer' });
      expect(res.status, fault).toBe(502);
      expect(JSON.parse(res.body)).toMatchObject({
        type: 'urn:tessera:problem:upstream-unavailable',
        connectionId: t.ids.gs2,
      });
    }
    t.fakes.gs2.setFault(undefined);
  });

  it('a vendor 500 passes through unchanged', async () => {
    t.fakes['ibm-cip'].setFault('error500');
    const res = await t.server.raw('GET', proxy('ibm-cip', '/GmaApi/groups/names'), { role: 'viewer' });
    t.fakes['ibm-cip'].setFault(undefined);
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      status: 500,
      code: 500,
      message: 'InternalError',
      developerMessage: 'upstream exploded',
    });
  });

  it('an unreachable upstream: 502', async () => {
    const dead = await startFakeVendor('nhn-role', creds['nhn-role']);
    await dead.close();
    const id = await t.server.createConnection({
      vendor: 'nhn-role',
      name: 'dead role',
      baseUrl: dead.url,
      settings: creds['nhn-role'],
    });
    const res = await t.server.raw('GET', `/api/proxy/${id}${reads['nhn-role']}`, { role: 'viewer' });
    expect(res.status).toBe(502);
    expect((JSON.parse(res.body) as { detail: string }).detail).toContain('dead role');
  });
});

describe('secrets', () => {
  it('no connection secret appears in any response, log line, audit row or plain column', async () => {
    expect(t.server.responses.length).toBeGreaterThan(MIN_RESPONSES);
    expect(await findLeaks(t.server, allSecrets)).toEqual([]);
  });
});
