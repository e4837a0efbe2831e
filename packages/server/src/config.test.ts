import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('needs nothing set: SQLite under ./data on port 3000', () => {
    const config = parseConfig({}, {}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.database).toEqual({ kind: 'sqlite', file: '/srv/app/data/recipro.sqlite' });
    expect(config.cookieSecure).toBe(false);
    expect(config.pushAllowPrivate).toBe(false);
    expect(config.testReminderLimit).toBe(3);
  });

  it('lets private push endpoints through only when PUSH_ALLOW_PRIVATE is true', () => {
    expect(parseConfig({ PUSH_ALLOW_PRIVATE: 'true' }).pushAllowPrivate).toBe(true);
    expect(parseConfig({ PUSH_ALLOW_PRIVATE: 'false' }).pushAllowPrivate).toBe(false);
    expect(parseConfig({ PUSH_ALLOW_PRIVATE: '' }).pushAllowPrivate).toBe(false);
    expect(() => parseConfig({ PUSH_ALLOW_PRIVATE: '1' })).toThrow(/PUSH_ALLOW_PRIVATE/);
  });

  it('takes a limit of test reminders from 1 to 1000', () => {
    expect(parseConfig({ TEST_REMINDER_LIMIT: '10' }).testReminderLimit).toBe(10);
    expect(() => parseConfig({ TEST_REMINDER_LIMIT: '0' })).toThrow(/TEST_REMINDER_LIMIT/);
  });

  it('trusts no proxy unless TRUST_PROXY names addresses or ranges', () => {
    expect(parseConfig({}).trustProxy).toEqual([]);
    expect(parseConfig({ TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8,::1 ' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
    ]);
    for (const bad of ['true', 'proxy.local', '10.0.0.0/33', '10.0.0.0/8/1', '::1/129'])
      expect(() => parseConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
  });

  it('drains for STOP_DRAIN_SECONDS before a stop, none by default', () => {
    expect(parseConfig({}).stopDrainSeconds).toBe(0);
    expect(parseConfig({ STOP_DRAIN_SECONDS: '6' }).stopDrainSeconds).toBe(6);
    expect(() => parseConfig({ STOP_DRAIN_SECONDS: '301' })).toThrow(/STOP_DRAIN_SECONDS/);
  });

  it('keeps 32 MB of answers to read again unless READ_CACHE_MB says otherwise', () => {
    expect(parseConfig({}).readCacheMb).toBe(32);
    expect(parseConfig({ READ_CACHE_MB: '0' }).readCacheMb).toBe(0);
    expect(() => parseConfig({ READ_CACHE_MB: '-1' })).toThrow(/READ_CACHE_MB/);
  });

  it('chooses PostgreSQL from a postgres URL, PGlite from pglite:', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u@h:5432/db',
    });
    expect(parseConfig({ DATABASE_URL: 'pglite:memory' }).database).toEqual({
      kind: 'pglite',
      dir: null,
    });
  });

  it('lets command-line options win over the environment', () => {
    const config = parseConfig({ PORT: '4000', DATA_DIR: 'x' }, { port: 5000, dataDir: '/tmp/y' });
    expect(config.port).toBe(5000);
    expect(config.dataDir).toBe('/tmp/y');
  });

  it('makes cookies Secure behind an https public URL', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://recipro.example/path' })).toMatchObject({
      publicUrl: 'https://recipro.example',
      cookieSecure: true,
    });
  });

  it('lists every problem at once', () => {
    try {
      parseConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://root:secret@x/db',
        LOG_LEVEL: 'loud',
        COOKIE_SECURE: 'yes',
        PUBLIC_URL: 'ftp://x',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(5);
      expect(problems.join(' ')).not.toContain('secret');
    }
  });
});
