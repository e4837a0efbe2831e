import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ChatParseError, type ChatErrorCode } from './errors.ts';
import type { ChatMessage } from './model.ts';
import { parseChat } from './parse.ts';

const chat = '14/02/2024, 08:01 - Asha: Hi\n14/02/2024, 08:03 - Tom: Hello\nsecond line\n';

const collect = async (bytes: Uint8Array, maxBytes?: number) => {
  const messages: ChatMessage[] = [];
  const summary = await parseChat(
    [bytes],
    (m) => messages.push(m),
    maxBytes === undefined ? {} : { maxBytes },
  );
  return { summary, messages };
};

const failsWith = async (bytes: Uint8Array, code: ChatErrorCode, maxBytes?: number) => {
  const error = await collect(bytes, maxBytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChatParseError);
  expect((error as ChatParseError).code).toBe(code);
};

describe('parseChat', () => {
  it('reads WhatsApp text, keeping continuation lines', async () => {
    const { summary, messages } = await collect(strToU8(chat));
    expect(summary.format).toBe('whatsapp');
    expect(messages.map((m) => [m.author, m.text])).toEqual([
      ['Asha', 'Hi'],
      ['Tom', 'Hello\nsecond line'],
    ]);
    expect(messages[0]!.zoned).toBe(false);
  });

  it('reads the chat inside a WhatsApp zip and skips the media', async () => {
    const zip = zipSync({
      'IMG-0001.jpg': new Uint8Array(5000).fill(7),
      '_chat.txt': strToU8(chat),
    });
    const { summary, messages } = await collect(zip);
    expect(summary.format).toBe('whatsapp');
    expect(messages).toHaveLength(2);
  });

  it('keeps text exactly as written (no Unicode normalisation)', async () => {
    const decomposed = 'Jose\u0301';
    const { messages } = await collect(strToU8(`14/02/2024, 08:01 - Asha: ${decomposed}\n`));
    expect(messages[0]!.text).toBe(decomposed);
  });

  it.each<[string, Uint8Array, ChatErrorCode]>([
    ['an empty file', new Uint8Array(0), 'empty'],
    ['only whitespace', strToU8(' \n\r\n\t'), 'empty'],
    ['a binary file', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0xff, 0xfe]), 'binary'],
    ['invalid UTF-8', Uint8Array.from([0x41, 0xff, 0xfe, 0x41, 0x0a]), 'binary'],
    [
      'truncated JSON',
      strToU8('{"name":"x","messages":[{"type":"message","text":"hel'),
      'truncated_json',
    ],
    ['malformed JSON', strToU8('{"messages": [1,,2]}'), 'invalid_json'],
    ['JSON that is no chat', strToU8('{"hello": "world"}'), 'not_a_chat'],
    ['text that is no chat', strToU8('Dear diary,\ntoday was fine.\n'), 'not_a_chat'],
    ['a zip without a chat', zipSync({ 'photo.jpg': new Uint8Array(10) }), 'bad_zip'],
    [
      'a damaged zip',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
      'bad_zip',
    ],
  ])('refuses %s', async (_what, bytes, code) => {
    await failsWith(bytes, code);
  });

  it('refuses input over the size limit', async () => {
    await failsWith(strToU8(chat), 'too_large', 10);
  });

  it('reports progress in bytes', async () => {
    const seen: number[] = [];
    const bytes = strToU8(chat);
    await parseChat([bytes.subarray(0, 10), bytes.subarray(10)], () => {}, {
      onProgress: (n) => seen.push(n),
    });
    expect(seen).toEqual([10, bytes.length]);
  });
});
