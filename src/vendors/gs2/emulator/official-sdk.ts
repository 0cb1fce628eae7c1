import { createRequire } from 'node:module';

/*
 * The official `gs2` npm SDK (a devDependency) loaded for conformance tests. Its package ships TypeScript
 * sources that do not compile under this project's strict settings, so it is required at run time and
 * described here by the small surface the tests use.
 */

type SdkRequest = Record<string, (value: unknown) => SdkRequest>;
type SdkResult = { toDict(): Record<string, unknown> };
type SdkClient = Record<string, (request: SdkRequest) => Promise<SdkResult>>;
type SdkSession = { connect(): Promise<unknown>; projectToken: string | null };

type CoreModule = {
  Gs2Constant: { ENDPOINT_HOST: string };
  Gs2RestSession: new (credential: unknown, region: string) => SdkSession;
  BasicGs2Credential: new (clientId: string, clientSecret: string) => unknown;
  ProjectTokenGs2Credential: new (clientId: string, projectToken: string) => unknown;
};
type IdentifierModule = {
  Gs2IdentifierRestClient: new (session: SdkSession) => SdkClient;
  request: Record<string, new () => SdkRequest>;
};

const load = createRequire(import.meta.url);
const core = load('gs2/core/model') as CoreModule;
const identifier = load('gs2/identifier') as IdentifierModule;

/** Points every SDK client at an endpoint template, e.g. `http://127.0.0.1:4101` or `http://127.0.0.1:4101/{service}`. */
export function setEndpointHost(template: string): void {
  core.Gs2Constant.ENDPOINT_HOST = template;
}

export type Sdk = {
  session: SdkSession;
  /** Calls a method by its reference name with the request's fields; answers the result as the SDK read it. */
  call(method: string, fields?: Record<string, unknown>): Promise<Record<string, unknown>>;
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function client(session: SdkSession): Sdk {
  const rest = new identifier.Gs2IdentifierRestClient(session);
  return {
    session,
    call: async (method, fields = {}) => {
      const Request = identifier.request[`${capitalise(method)}Request`];
      const fn = rest[method];
      if (!Request || !fn) throw new Error(`The installed gs2 SDK has no ${method}.`);
      let request = new Request();
      for (const [key, value] of Object.entries(fields)) {
        const setter = request[`with${capitalise(key)}`];
        if (!setter) throw new Error(`${method} has no field ${key}.`);
        request = setter.call(request, value);
      }
      const result = await fn.call(rest, request);
      return result.toDict();
    },
  };
}

/** Logs in with a client id and secret, as `Gs2RestSession.connect()` does. */
export async function connect(
  clientId: string,
  clientSecret: string,
  region = 'ap-northeast-1',
): Promise<Sdk> {
  const session = new core.Gs2RestSession(new core.BasicGs2Credential(clientId, clientSecret), region);
  await session.connect();
  return client(session);
}

/** A client over a ready-made project token (from loginByUser, or a dead one for error paths). */
export async function withToken(
  token: string,
  clientId = 'console',
  region = 'ap-northeast-1',
): Promise<Sdk> {
  const session = new core.Gs2RestSession(new core.ProjectTokenGs2Credential(clientId, token), region);
  await session.connect();
  return client(session);
}

/** Whether the installed SDK version has a method; older releases lack the guard and version methods. */
export function sdkHas(method: string): boolean {
  return Boolean(identifier.request[`${capitalise(method)}Request`]);
}
