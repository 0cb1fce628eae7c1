import { randomInt, randomUUID } from 'node:crypto';
import {
  ClassicOkSchema,
  TokenConfigResponseSchema,
  TokenCreatedResponseSchema,
  TokenDetailsResponseSchema,
  TokenTypeSchema,
  TokenTypesResponseSchema,
  TOKEN_TYPES,
  type TokenType,
} from '../../wire';
import type { Ctx } from '../config';
import { CipError, fail } from '../errors';
import type { TokenConfigDoc, VerificationTokenDoc } from '../model';
import { parseInteger, readInput, required, type Input } from '../params';
import { send } from '../respond';
import { userByUuid } from '../users/lookup';
import { param, type Routes } from './route';

/** Table 173's default lifetimes; the two undescribed types get 1800 s (CIP-UNDOC). */
const DEFAULT_EXPIRY: Record<TokenType, number> = {
  passwordResetToken: 1800,
  accountClaimingToken: 1800,
  sessionVerificationToken: 120,
  federationContextToken: 30,
  oneTimePasscodeToken: 600,
  passwordResetLockoutToken: 1800,
  CSRFToken: 1800,
};
const DEFAULT_OTP_LENGTH = 6;
const MAX_OTP_LENGTH = 19;

function tokenType(raw: string | undefined): TokenType {
  const parsed = TokenTypeSchema.safeParse(raw);
  if (!parsed.success) throw fail.tokenConfig(`Unknown token type "${raw ?? ''}"`);
  return parsed.data;
}

function configOf(ctx: Ctx, type: TokenType): TokenConfigDoc {
  return (
    ctx.store.tokenConfigs.get(type) ?? {
      type,
      expirySeconds: DEFAULT_EXPIRY[type],
      tokenLength: type === 'oneTimePasscodeToken' ? DEFAULT_OTP_LENGTH : null,
      extensionData: null,
    }
  );
}

/** extensionData arrives as a JSON object in a JSON body, or as JSON text in the query or a form. */
function extensionData(input: Input): string | null {
  const raw = input.get('extensionData');
  if (raw === undefined || raw.trim() === '') return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return JSON.stringify(parsed);
  } catch {
    throw fail.invalid('extensionData must be a JSON object', { extensionData: 'must be a JSON object' });
  }
}

/** The example wraps the UUID in literal double quotes; they are not part of it. */
const unquote = (v: string) => v.trim().replace(/^"(.*)"$/, '$1');

/** Expired tokens are gone, as the seed says; they are purged when next looked at. */
function liveToken(ctx: Ctx, value: string): VerificationTokenDoc | undefined {
  const t = ctx.store.verificationTokens.get(value);
  if (t && t.expiresAt <= ctx.now()) {
    ctx.store.verificationTokens.delete(value);
    return undefined;
  }
  return t;
}

const tokenNotFound = () =>
  new CipError(404, 'TokenNotFound', 'TokenNotFoundException', 'The token was not found or has expired');

export const tokenRoutes: Routes = (app, ctx) => {
  app.get('/verificationToken/tokenTypes', (c) =>
    send(c, TokenTypesResponseSchema, {
      status: 'success',
      entries: [...TOKEN_TYPES],
      totalCount: TOKEN_TYPES.length,
    }),
  );

  app.get('/verificationToken/token', async (c) => {
    const value = required(await readInput(c), 'tokenValue');
    const t = liveToken(ctx, value);
    if (!t) throw tokenNotFound();
    const remaining = Math.max(0, Math.ceil((t.expiresAt - ctx.now()) / 1000));
    return send(c, TokenDetailsResponseSchema, {
      status: 'success',
      entry: {
        type: t.type,
        value: t.value,
        gtwayUuid: t.gtwayUuid,
        expiry: String(remaining),
        extensionData: t.extensionData ?? 'null',
      },
    });
  });

  for (const path of ['/verificationToken/tokenConfig', '/verificationToken/tokenConfig/']) {
    app.get(path, async (c) => {
      const cfg = configOf(ctx, tokenType(required(await readInput(c), 'type')));
      return send(c, TokenConfigResponseSchema, {
        status: 'success',
        entry: {
          expiry: String(cfg.expirySeconds),
          ...(cfg.tokenLength === null ? {} : { tokenLength: String(cfg.tokenLength) }),
          ...(cfg.extensionData === null ? {} : { extensionData: cfg.extensionData }),
        },
      });
    });
  }

  app.post('/verificationToken/tokenConfig/:type', async (c) => {
    const type = tokenType(param(c, 'type'));
    const input = await readInput(c);
    const expiry = input.get('token.expirytime');
    const length = input.get('token.tokenlength');
    if (length !== undefined && type !== 'oneTimePasscodeToken') {
      throw fail.tokenConfig(`Token Length can only be set for oneTimePasscodeToken, not ${type}`);
    }
    let tokenLength: number | null = type === 'oneTimePasscodeToken' ? DEFAULT_OTP_LENGTH : null;
    if (length !== undefined) {
      if (!/^-?\d+$/.test(length.trim())) throw fail.tokenConfig(`Token Length of ${length} is not a number`);
      const n = Number(length);
      if (n <= 0)
        throw fail.tokenConfig(`Token Length of ${n} is not allowed, token length must be greater than zero`);
      if (n > MAX_OTP_LENGTH)
        throw fail.tokenConfig(`Token Length of ${n} is greater than the max allowed of: ${MAX_OTP_LENGTH}`);
      tokenLength = n;
    }
    // Setting a configuration replaces all of it: what is left out returns to its default.
    ctx.store.tokenConfigs.put(type, {
      type,
      expirySeconds:
        expiry === undefined ? DEFAULT_EXPIRY[type] : parseInteger(expiry, 'token.expirytime', 1),
      tokenLength,
      extensionData: extensionData(input),
    });
    return send(c, ClassicOkSchema, { status: 'success' });
  });

  app.post('/verificationToken/token/:type', async (c) => {
    const type = tokenType(param(c, 'type'));
    const input = await readInput(c);
    const user = userByUuid(ctx, unquote(required(input, 'gtwayUuid')));
    const data = extensionData(input);
    if (type === 'federationContextToken' && !(data && 'user_session_id' in (JSON.parse(data) as object))) {
      throw fail.invalid('A federationContextToken needs extensionData with user_session_id', {
        extensionData: 'user_session_id is required',
      });
    }
    const cfg = configOf(ctx, type);
    const fresh = () =>
      type === 'oneTimePasscodeToken'
        ? Array.from({ length: cfg.tokenLength ?? DEFAULT_OTP_LENGTH }, () => String(randomInt(10))).join('')
        : randomUUID();
    // Short passcodes can collide with a live one; the value is the token's key, so draw again.
    let value = fresh();
    for (let tries = 0; liveToken(ctx, value) && tries < 20; tries++) value = fresh();
    if (liveToken(ctx, value)) throw fail.tokenConfig('No free token value is left at this token length');
    const now = ctx.now();
    ctx.store.verificationTokens.put(value, {
      type,
      value,
      gtwayUuid: user.uuid,
      expiresAt: now + cfg.expirySeconds * 1000,
      extensionData: data,
      createdAt: now,
    });
    return send(c, TokenCreatedResponseSchema, {
      status: 'success',
      entry: { type, value, gtwayUuid: user.uuid, expiry: cfg.expirySeconds, extensionData: data ?? 'null' },
    });
  });

  app.delete('/verificationToken/token/:value', (c) => {
    const value = param(c, 'value');
    if (!liveToken(ctx, value)) throw tokenNotFound();
    ctx.store.verificationTokens.delete(value);
    return send(c, ClassicOkSchema, { status: 'success' });
  });
};
