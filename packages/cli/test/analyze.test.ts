// `recipro analyze` as a person runs it: a real process, real files, exit codes and output.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'bin', 'recipro.js');
const fixtures = join(root, 'packages', 'chat', 'test', 'fixtures');

const analyze = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, 'analyze', ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recipro-analyze-'));
});

describe('recipro analyze', () => {
  it('prints the JSON report with the documented shape', () => {
    const { code, stdout, stderr } = analyze(join(fixtures, 'android-en-24h.txt'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      format: 'whatsapp',
      messages: 9,
      systemMessages: 1,
      first: '2024-02-14T08:01:00',
      last: '2024-02-15T07:50:00',
    });
    expect(report.participants[0]).toEqual(
      expect.objectContaining({
        name: "Tom O'Neill",
        messages: 6,
        words: 15,
        questions: 1,
        media: 2,
        conversationStarts: 1,
        medianReplySeconds: 120,
        apologies: 0,
        appreciations: 1,
      }),
    );
  });

  it('prints a readable report with bars', () => {
    const { code, stdout } = analyze(join(fixtures, 'ios-de-crlf-bom.txt'));
    expect(code).toBe(0);
    expect(stdout).toContain('whatsapp chat: 6 messages from 2 people');
    expect(stdout).toMatch(/Lena\s+█+/);
    expect(stdout).toContain('How fast each replies');
  });

  it('honours --silence and --date-order', () => {
    const silence = JSON.parse(
      analyze(join(fixtures, 'android-en-24h.txt'), '--json', '--silence', '24h').stdout,
    );
    expect(silence.silenceSeconds).toBe(86_400);
    const hinted = JSON.parse(
      analyze(join(fixtures, 'android-ambiguous-dates.txt'), '--json', '--date-order=mdy').stdout,
    );
    expect(hinted.first).toBe('2024-05-06T10:00:00');
  });

  it('says on stderr when it had to guess the date order', () => {
    const { code, stderr } = analyze(join(fixtures, 'android-ambiguous-dates.txt'), '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('--date-order');
  });

  it('reads Telegram, Messenger and zipped WhatsApp exports', () => {
    expect(
      JSON.parse(analyze(join(fixtures, 'telegram-single.json'), '--json').stdout).format,
    ).toBe('telegram');
    const messenger = JSON.parse(
      analyze(join(fixtures, 'messenger-mojibake.json'), '--json').stdout,
    );
    expect(messenger.participants.map((p: { name: string }) => p.name)).toContain('Zoë');
    const zip = join(dir, 'chat.zip');
    writeFileSync(
      zip,
      zipSync({ '_chat.txt': readFileSync(join(fixtures, 'android-en-24h.txt')) }),
    );
    expect(JSON.parse(analyze(zip, '--json').stdout).messages).toBe(9);
  });

  it.each([
    ['empty', new Uint8Array(0), /empty/],
    ['binary', Uint8Array.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]), /binary/],
    [
      'truncated.json',
      strToU8('{"messages": [{"type": "message", "text": "hel'),
      /cut off|ends too early/,
    ],
    ['notes.txt', strToU8('Shopping list\nmilk\nbread\n'), /does not look like/],
  ])('refuses %s with one line and exit code 2', (name, bytes, message) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const { code, stdout, stderr } = analyze(file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a file over the size limit', () => {
    const { code, stderr } = analyze(join(fixtures, 'android-en-24h.txt'), '--max-size', '0.0001');
    expect(code).toBe(2);
    expect(stderr).toMatch(/larger than the set limit/);
  });

  it.each([
    [[]],
    [['a.txt', 'b.txt']],
    [['x.txt', '--silence', 'soon']],
    [['x.txt', '--date-order', 'dym']],
    [['x.txt', '--wat']],
  ])('rejects the command line %j with exit code 2', (args) => {
    expect(analyze(...args).code).toBe(2);
  });

  it('reports a missing file with exit code 2', () => {
    const { code, stderr } = analyze(join(dir, 'nope.txt'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read/);
  });
});
