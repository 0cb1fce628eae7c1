import type { Config } from './config';

type Level = Exclude<Config['logLevel'], 'silent'>;
const order: Record<Config['logLevel'], number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Field names whose values never reach a log line, whatever the caller passes. */
const SECRET_KEYS = /pass(word)?|secret|token|authorization|cookie|csrf|code|key|otp|credential/i;

export type LogFields = Record<string, unknown>;
export type Logger = Record<Level, (msg: string, fields?: LogFields) => void> & {
  child(fields: LogFields): Logger;
};

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] =
      SECRET_KEYS.test(k) && (typeof v === 'string' || typeof v === 'number')
        ? '[redacted]'
        : redact(v, depth + 1);
  }
  return out;
}

/** JSON-lines logger: one object per line so logs can be shipped and queried without parsing prose. */
export function createLogger(
  level: Config['logLevel'],
  base: LogFields = {},
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): Logger {
  const emit =
    (lvl: Level) =>
    (msg: string, fields: LogFields = {}) => {
      if (order[lvl] < order[level]) return;
      write(
        JSON.stringify({
          time: new Date().toISOString(),
          level: lvl,
          msg,
          ...(redact({ ...base, ...fields }) as LogFields),
        }),
      );
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}
