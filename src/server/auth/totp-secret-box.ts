import type { Config } from '../config';
import { createSecretBox, loadSecretKey, type SecretBox } from '../connections/secret-box';

/**
 * Operators' TOTP secrets are encrypted at rest with the same AES-256-GCM key as connection secrets, and
 * bound to the operator id so an envelope copied onto another operator does not open.
 */
const boxes = new WeakMap<Config, SecretBox>();

function boxFor(config: Config): SecretBox {
  let box = boxes.get(config);
  if (!box) {
    box = createSecretBox(loadSecretKey({ secretKey: config.secretKey, dataDir: config.dataDir }));
    boxes.set(config, box);
  }
  return box;
}

const bound = (operatorId: string) => `operator-totp:${operatorId}`;

export function sealTotpSecret(config: Config, operatorId: string, secret: string): string {
  return boxFor(config).seal({ totp: secret }, bound(operatorId));
}

/** The plain secret, or undefined when the envelope does not open (wrong key, tampered, other operator). */
export function openTotpSecret(
  config: Config,
  operatorId: string,
  stored: string | null,
): string | undefined {
  if (!stored) return undefined;
  try {
    return boxFor(config).open(stored, bound(operatorId)).totp;
  } catch {
    return undefined;
  }
}
