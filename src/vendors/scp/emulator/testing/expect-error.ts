import { expect } from 'vitest';
import { ErrorBody } from '../../wire/common';
import type { TestResponse } from './signed-client';

/** The status, and SCP's error body with that status and (when given) code. */
export function expectError(res: TestResponse, status: number, code?: string): void {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const first = ErrorBody.parse(res.json).errors[0];
  expect(first?.status).toBe(status);
  if (code) expect(first?.code).toBe(code);
}

export function expectStatus(res: TestResponse, status: number): void {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
}

/** The value, or a failed test saying what was missing. */
export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`expected a ${what}`);
  return value;
}
