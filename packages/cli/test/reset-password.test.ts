import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseConfig, startRecipro, type Recipro } from '@recipro/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/recipro.js');

/** Runs the CLI without blocking this process, whose server keeps answering meanwhile. */
async function run(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: '', PUBLIC_URL: '', PORT: '', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error: any) {
    return {
      status: error.code as number,
      stdout: error.stdout as string,
      stderr: error.stderr as string,
    };
  }
}

describe('recipro reset-password', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recipro-reset-'));
  let recipro: Recipro & { url: string };
  const person = { email: 'Owner@Example.test', password: 'the forgotten one', name: 'Owner' };

  const post = (route: string, body: unknown, cookie?: string) =>
    fetch(`${recipro.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signIn = (password: string) => post('/api/auth/signin', { email: person.email, password });
  const tokenIn = (stdout: string) => /reset-password\?token=([A-Za-z0-9_-]+)/.exec(stdout)?.[1];

  beforeAll(async () => {
    const config = parseConfig({}, { dataDir: dir, port: 0, logLevel: 'silent', webDir: null });
    recipro = await startRecipro({ ...config, mail: null, reminderIntervalSeconds: 0 });
    expect((await post('/api/auth/signup', person)).status).toBe(201);
  });
  afterAll(async () => {
    await recipro?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints a one-time link that sets a new password and signs the account out everywhere', async () => {
    const session = (await signIn(person.password)).headers.get('set-cookie')!.split(';')[0]!;
    const result = await run(['reset-password', 'owner@example.test', '--data', dir], {
      PORT: '4321',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('http://127.0.0.1:4321/reset-password?token=');
    const token = tokenIn(result.stdout)!;
    expect(token).toBeDefined();

    const stored = await recipro.database.db
      .selectFrom('auth_tokens')
      .selectAll()
      .where('purpose', '=', 'password_reset')
      .execute();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(Date.parse(stored[0]!.expires_at) - Date.parse(stored[0]!.created_at)).toBe(30 * 60_000);

    const reset = await post('/api/auth/reset', { token, password: 'chosen by the owner' });
    expect(reset.status).toBe(204);
    const me = await fetch(`${recipro.url}/api/me`, { headers: { cookie: session } });
    expect(me.status).toBe(401);
    expect((await signIn(person.password)).status).toBe(401);
    expect((await signIn('chosen by the owner')).status).toBe(200);

    const again = await post('/api/auth/reset', { token, password: 'someone else’s choice' });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await signIn('chosen by the owner')).status).toBe(200);
  });

  it('builds the link from --url, else from PUBLIC_URL', async () => {
    const withUrl = await run([
      'reset-password',
      person.email,
      '--data',
      dir,
      '--url',
      'https://recipro.example/some/page',
    ]);
    expect(withUrl.status).toBe(0);
    expect(withUrl.stdout).toContain('https://recipro.example/reset-password?token=');
    const fromEnv = await run(['reset-password', person.email, '--data', dir], {
      PUBLIC_URL: 'https://care.example',
    });
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.stdout).toContain('https://care.example/reset-password?token=');
  });

  it('says clearly when no account has the email, and exits non-zero', async () => {
    const result = await run(['reset-password', 'nobody@example.test', '--data', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no account has the email "nobody@example.test"');
  });

  it('refuses a missing email or a bad --url with one line and exit code 2', async () => {
    for (const args of [
      ['reset-password', '--data', dir],
      ['reset-password', 'a@example.test', 'b@example.test', '--data', dir],
      ['reset-password', person.email, '--data', dir, '--url', 'ftp://files.example'],
      ['reset-password', person.email, '--colour'],
    ]) {
      const result = await run(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
    // Four runs of the command, each a process of its own: seconds each on a busy machine.
  }, 120_000);
});
