/** `$firstName`, `$serviceName`: the variables CIP fills in when it sends a template (SS27). */
const PLACEHOLDER = /\$[A-Za-z][A-Za-z0-9_]*/g;

/** The placeholders a template uses, each once, in order of first use. */
export function findPlaceholders(...texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(PLACEHOLDER)) seen.add(m[0]);
  return [...seen];
}

/** Example values for the placeholders the seed's templates use; others stay as written. */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  $firstName: 'Ada',
  $lastName: 'Lovelace',
  $serviceName: 'Payroll',
  $clientWebPresenceName: 'Example Corp',
};

export function fillSamples(text: string): string {
  return text.replace(PLACEHOLDER, (name) => SAMPLE_VALUES[name] ?? name);
}

/**
 * The document shown in the preview frame. The frame is sandboxed without scripts; the policy below also
 * keeps the template from loading anything (remote images would tell a tracker that someone looked).
 */
export function previewDocument(body: string): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><style>body{font:14px/1.5 system-ui,sans-serif;margin:12px;color:#161616;background:#fff}</style></head><body>${body}</body></html>`;
}
