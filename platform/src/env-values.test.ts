/**
 * Numbers from a part's environment: a mistyped value is a ConfigError naming the variable and
 * what it should be, never a NaN (LCS_DB_POOL=abc used to start a pool of NaN connections; a bad
 * LCS_ADMIN_PORT or LCS_DRAIN_MS ended `pnpm start` with a stack trace).
 */
import { describe, expect, it } from 'vitest';
import { adminAddress } from './admin.ts';
import { loadConfig } from './config.ts';
import { ConfigError, portOf, wholeNumberOf } from './env-values.ts';
import { partSettings } from './part.ts';

describe('numbers from the environment', () => {
  it('reads whole numbers, unset or empty as undefined', () => {
    expect(wholeNumberOf({}, 'N')).toBeUndefined();
    expect(wholeNumberOf({ N: '' }, 'N')).toBeUndefined();
    expect(wholeNumberOf({ N: '0' }, 'N')).toBe(0);
    expect(wholeNumberOf({ N: ' 42 ' }, 'N')).toBe(42);
    expect(wholeNumberOf({ N: '7' }, 'N', { min: 1, max: 7 })).toBe(7);
  });

  it('refuses anything else with the variable, the value and what it should be', () => {
    for (const bad of ['abc', '1.5', '-1', '1e3', '0x10', '12ms', 'NaN', 'Infinity', '9'.repeat(16)])
      expect(() => wholeNumberOf({ N: bad }, 'N'), bad).toThrow(ConfigError);
    expect(() => wholeNumberOf({ N: '0' }, 'N', { min: 1 })).toThrow('N: "0" is not a whole number of at least 1');
    expect(() => wholeNumberOf({ N: '9' }, 'N', { min: 1, max: 8 })).toThrow(
      'N: "9" is not a whole number from 1 to 8',
    );
    expect(() => wholeNumberOf({ N: 'x' }, 'N', { means: 'a count of things' })).toThrow(
      'N: "x" is not a count of things',
    );
    expect(new ConfigError('m').name).toBe('ConfigError');
  });

  it('reads ports, 0 for any free one, and refuses what is not one', () => {
    expect(portOf({}, 'PORT', 4000)).toBe(4000);
    expect(portOf({ PORT: '0' }, 'PORT', 4000)).toBe(0);
    expect(portOf({ PORT: '65535' }, 'PORT', 4000)).toBe(65535);
    for (const bad of ['65536', '-1', 'http', '80.5'])
      expect(() => portOf({ PORT: bad }, 'PORT', 4000), bad).toThrow(
        `PORT: "${bad}" is not a port number (0 for any free port)`,
      );
  });

  it('every numeric setting of a part goes through it', () => {
    const keys = { LCS_TRUST_KEYS: `k:${'x'.repeat(40)}` };
    expect(loadConfig({ ...keys, LCS_DB_POOL: '4' }).db.poolSize).toBe(4);
    expect(loadConfig({ ...keys }).db.poolSize).toBeUndefined();
    for (const bad of ['abc', '0', '1001'])
      expect(() => loadConfig({ ...keys, LCS_DB_POOL: bad }), bad).toThrow(
        `LCS_DB_POOL: "${bad}" is not a number of connections from 1 to 1000`,
      );
    expect(() => loadConfig({ ...keys, LCS_ENVIRONMENT: 'test' })).toThrow(ConfigError);
    expect(() => loadConfig({ LCS_TRUST_KEYS: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);

    expect(partSettings({ LCS_DRAIN_MS: '1200', PORT: '0' }, { port: 4000 })).toMatchObject({ drainMs: 1200, port: 0 });
    expect(partSettings({}, { port: 4000, drainMs: 500 })).toMatchObject({ drainMs: 500, port: 4000 });
    expect(() => partSettings({ LCS_DRAIN_MS: 'soon' }, { port: 4000 })).toThrow(
      'LCS_DRAIN_MS: "soon" is not a whole number of milliseconds',
    );
    expect(() => partSettings({ PORT: 'x' }, { port: 4000 })).toThrow(ConfigError);
    expect(adminAddress({ LCS_ADMIN_PORT: '9464' }, 0)).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(() => adminAddress({ LCS_ADMIN_PORT: 'x' }, 0)).toThrow(
      'LCS_ADMIN_PORT: "x" is not a port number (0 for any free port)',
    );
  });
});
