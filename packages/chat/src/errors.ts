/**
 * The closed set of reasons a chat export cannot be read. Every failure the parsers raise on
 * bad input is a {@link ChatParseError} with one of these codes; anything else is a bug.
 */
export type ChatErrorCode =
  'empty' | 'binary' | 'truncated_json' | 'invalid_json' | 'not_a_chat' | 'too_large' | 'bad_zip';

/** A plain sentence per code, suitable for one line of CLI output or a web notice. */
export const chatErrorMessages: Readonly<Record<ChatErrorCode, string>> = {
  empty: 'The file is empty.',
  binary: 'The file is binary, not a chat export.',
  truncated_json: 'The JSON export ends too early; it may have been cut off while copying.',
  invalid_json: 'The JSON export is malformed.',
  not_a_chat: 'This does not look like a WhatsApp, Telegram or Messenger chat export.',
  too_large: 'The file is larger than the set limit.',
  bad_zip: 'The zip archive is damaged or holds no WhatsApp chat (.txt).',
};

/** The one error type thrown for unreadable input. `code` is stable; `message` is for people. */
export class ChatParseError extends Error {
  override readonly name = 'ChatParseError';
  readonly code: ChatErrorCode;
  /** What the message says beyond the code's sentence, if anything. */
  readonly detail: string | undefined;

  constructor(code: ChatErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${chatErrorMessages[code]} ${detail}` : chatErrorMessages[code], options);
    this.code = code;
    this.detail = detail;
  }
}

/** True when `error` is a {@link ChatParseError}, optionally with the given code. */
export function isChatParseError(error: unknown, code?: ChatErrorCode): error is ChatParseError {
  return error instanceof ChatParseError && (code === undefined || error.code === code);
}
