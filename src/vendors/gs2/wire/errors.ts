import { z } from 'zod';

/** One entry of a GS2 error: `message` is a key such as `identifier.user.name.error.tooLong`. */
export const RequestErrorSchema = z.object({
  component: z.string(),
  message: z.string(),
  code: z.string().nullish(),
});
export type RequestError = z.infer<typeof RequestErrorSchema>;

/** GS2's error body: `message` is a string that holds a JSON array of RequestError. */
export const ErrorBodySchema = z.object({
  message: z.string(),
  metadata: z.object({ requestId: z.string().nullish() }).loose().nullish(),
});

/** The only statuses GS2 SDKs map to exception classes; anything else (403 included) is unknown to them. */
export const GS2_ERROR_STATUSES = {
  400: 'BadRequestException',
  401: 'UnauthorizedException',
  402: 'QuotaLimitExceededException',
  404: 'NotFoundException',
  409: 'ConflictException',
  500: 'InternalServerErrorException',
  502: 'BadGatewayException',
  503: 'ServiceUnavailableException',
  504: 'RequestTimeoutException',
} as const;
export type Gs2ErrorStatus = keyof typeof GS2_ERROR_STATUSES;

export function encodeErrorBody(errors: RequestError[], requestId?: string): z.infer<typeof ErrorBodySchema> {
  return ErrorBodySchema.parse({
    message: JSON.stringify(errors),
    ...(requestId ? { metadata: { requestId } } : {}),
  });
}

/** Reads the errors out of a GS2 error body; undefined when the body is not in GS2's shape. */
export function decodeErrorBody(body: unknown): RequestError[] | undefined {
  const outer = ErrorBodySchema.safeParse(body);
  if (!outer.success) return undefined;
  try {
    const inner = z.array(RequestErrorSchema).safeParse(JSON.parse(outer.data.message));
    return inner.success ? inner.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keys the console and proxy act on: show the OTP field, re-login, explain a refusal. GS2 publishes no
 * server-side keys, so these are the emulator's (see its README); match on them, never on prose.
 */
export const GS2_ERROR_KEYS = {
  otpRequired: 'identifier.password.otp.error.require',
  otpWrong: 'identifier.password.otp.error.unauthorized',
  passwordWrong: 'identifier.password.password.error.unauthorized',
  clientSecretWrong: 'identifier.projectToken.client_secret.error.unauthorized',
  tokenMissing: 'identifier.projectToken.token.error.require',
  tokenInvalid: 'identifier.projectToken.token.error.invalid',
  tokenExpired: 'identifier.projectToken.token.error.expired',
  actionDenied: 'identifier.securityPolicy.action.error.denied',
} as const;
