import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/recipro.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('recipro CLI', () => {
  it('lists its commands', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('serve');
    expect(result.stdout).toContain('migrate');
  });

  it('runs from its sources through tsx, alike, when no bundle is to be used', () => {
    const fromSources = run(['migrate', '--help'], { RECIPRO_NO_BUNDLE: '1' });
    expect(fromSources.stderr).toBe('');
    expect(fromSources.status).toBe(0);
    expect(fromSources.stdout).toBe(run(['migrate', '--help']).stdout);
  });

  it('explains serve, with every environment variable', () => {
    const result = run(['serve', '--help']);
    expect(result.status).toBe(0);
    for (const name of ['PORT', 'DATA_DIR', 'DATABASE_URL', 'PUBLIC_URL'])
      expect(result.stdout).toContain(name);
  });

  it('answers an unknown command or option with one line and exit code 2', () => {
    const unknown = run(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    const badOption = run(['serve', '--colour']);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(run(['serve', '--port', 'eighty']).status).toBe(2);
  });

  it('lists every configuration problem at once and exits 2', () => {
    const result = run(['serve'], { PORT: 'x', LOG_LEVEL: 'loud' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT');
    expect(result.stderr).toContain('LOG_LEVEL');
  });

  it('migrates an SQLite database in a new folder, then finds it up to date', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-cli-'));
    try {
      const first = run(['migrate', '--data', dir], { DATABASE_URL: '' });
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('0001_init');
      expect(fs.existsSync(path.join(dir, 'recipro.sqlite'))).toBe(true);
      const second = run(['migrate', '--data', dir], { DATABASE_URL: '' });
      expect(second.stdout).toContain('up to date');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves: prints its URL, answers health, and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-cli-'));
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dir], {
      env: { ...process.env, DATABASE_URL: '' },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += String(chunk);
          const match = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
          if (match) resolve(match[0]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'sqlite' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
