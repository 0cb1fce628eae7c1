import type { Readable } from 'node:stream';
import { peekBody } from '../proxy/body';
import { sendAuthorized } from '../proxy/exchange';
import { vendorMessage } from '../proxy/login';
import { scrubText } from '../proxy/audit-body';
import type { ProxyService } from '../proxy/service';
import { LoginFailed } from '../proxy/token-cache';
import { stopSignalOf, UpstreamError } from '../proxy/upstream-http';
import type { ResolvedConnection } from './repo';

export type TestResult = {
  ok: boolean;
  /** Where it stopped: signing in to the vendor, reaching it, or the read itself. */
  stage: 'login' | 'network' | 'request' | 'done';
  message: string;
  vendorStatus?: number;
  durationMs: number;
};

async function readSome(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const { head, body: rest } = await peekBody(body, 64 * 1024);
  if (!Buffer.isBuffer(rest)) rest.destroy();
  return head;
}

/** NHN answers failures with HTTP 200 and `header.isSuccessful: false`. */
function enveloped(body: Buffer): { code: unknown; message: unknown } | undefined {
  try {
    const json = JSON.parse(body.toString('utf8')) as {
      header?: { isSuccessful?: unknown; resultCode?: unknown; resultMessage?: unknown };
    };
    return json.header?.isSuccessful === false
      ? { code: json.header.resultCode, message: json.header.resultMessage }
      : undefined;
  } catch {
    return undefined;
  }
}

/** "Test connection": sign in as the proxy would and make the vendor's cheapest read. */
export async function testConnection(svc: ProxyService, conn: ResolvedConnection): Promise<TestResult> {
  const started = performance.now();
  const probe = svc.vendor(conn.vendor).probe(conn);
  const secrets = Object.values(conn.secrets);
  const done = (r: Omit<TestResult, 'durationMs'>): TestResult => ({
    ...r,
    message: scrubText(r.message, secrets),
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const answer = await sendAuthorized(
      svc,
      conn,
      {
        method: probe.method,
        url: conn.baseUrl + probe.path,
        headers: {
          accept: 'application/json',
          ...(probe.contentType ? { 'content-type': probe.contentType } : {}),
        },
        body: probe.body === undefined ? { kind: 'none' } : { kind: 'buffer', data: Buffer.from(probe.body) },
      },
      stopSignalOf(AbortSignal.timeout(svc.config.upstreamTimeoutMs)),
    );
    const body = await readSome(answer.body);
    if (answer.status >= 200 && answer.status < 300) {
      const failed = enveloped(body);
      if (!failed)
        return done({
          ok: true,
          stage: 'done',
          message: `Signed in and read from the vendor (${answer.status}).`,
          vendorStatus: answer.status,
        });
      return done({
        ok: false,
        stage: 'request',
        message: `The vendor refused the read: ${String(failed.message)} (result code ${String(failed.code)}).`,
        vendorStatus: answer.status,
      });
    }
    const said = vendorMessage(body);
    return done({
      ok: false,
      stage: 'request',
      message: `The vendor answered ${answer.status}${said ? `: ${said}` : ''}.`,
      vendorStatus: answer.status,
    });
  } catch (err) {
    if (err instanceof LoginFailed)
      return done({
        ok: false,
        stage: 'login',
        message: err.message,
        ...(err.vendorStatus ? { vendorStatus: err.vendorStatus } : {}),
      });
    if (err instanceof UpstreamError) return done({ ok: false, stage: 'network', message: err.message });
    throw err;
  }
}
