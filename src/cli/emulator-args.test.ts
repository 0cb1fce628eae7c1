import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEmulatorArgs } from './emulator-args';

const ALL = ['gs2', 'scp', 'nhn-role', 'ibm-cip', 'nhn-framework'];

describe('npm run emulator arguments', () => {
  it('defaults to a persistent, seeded emulator on a free loopback port', () => {
    expect(parseEmulatorArgs(['gs2'], ALL)).toEqual({
      vendor: 'gs2',
      port: 0,
      host: '127.0.0.1',
      dataDir: path.resolve('.tessera', 'emulators'),
      seed: true,
      adminId: undefined,
      adminSecret: undefined,
    });
  });
  it('reads every flag', () => {
    const a = parseEmulatorArgs(
      [
        'scp',
        '--port',
        '4101',
        '--host',
        '0.0.0.0',
        '--data-dir',
        'x',
        '--seed',
        'none',
        '--admin-id',
        'AK',
        '--admin-secret',
        'SK',
      ],
      ALL,
    );
    expect(a).toMatchObject({
      vendor: 'scp',
      port: 4101,
      host: '0.0.0.0',
      dataDir: path.resolve('x'),
      seed: false,
      adminId: 'AK',
      adminSecret: 'SK',
    });
    expect(parseEmulatorArgs(['scp', '--in-memory'], ALL).dataDir).toBeUndefined();
  });
  it.each([
    [['aws'], /Unknown vendor "aws"/],
    [[], /Unknown vendor ""/],
    [['gs2', '--port', 'x'], /--port must be a number/],
    [['gs2', '--port', '70000'], /--port must be a number/],
    [['gs2', '--port'], /--port needs a value/],
    [['gs2', '--seed', 'some'], /--seed takes demo or none/],
    [['gs2', '--admin-id', 'a'], /go together/],
    [['gs2', '--wat'], /Unknown option --wat/],
  ])('refuses %o', (argv, message) => {
    expect(() => parseEmulatorArgs(argv, ALL)).toThrow(message);
  });
  it('refuses a vendor without an emulator', () => {
    expect(() => parseEmulatorArgs(['scp'], ['gs2'])).toThrow(/vendors with an emulator: gs2/);
  });
});
