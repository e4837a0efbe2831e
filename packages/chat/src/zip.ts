import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { ChatParseError } from './errors.ts';

/**
 * Streams a WhatsApp `.zip` export: the first `.txt` entry is the chat (WhatsApp writes exactly
 * one: `_chat.txt` on iOS, `WhatsApp Chat with ….txt` on Android); its inflated bytes go to
 * `onText` as they arrive. Media entries are skipped without being inflated.
 */
export class ZipChatReader {
  private readonly unzip = new Unzip();
  private chosen: UnzipFile | null = null;
  private done = false;
  private error: unknown = null;

  constructor(onText: (bytes: Uint8Array) => void) {
    this.unzip.register(UnzipInflate);
    this.unzip.onfile = (file) => {
      const name = file.name;
      if (this.chosen !== null || !/\.txt$/i.test(name) || name.startsWith('__MACOSX/')) return;
      this.chosen = file;
      file.ondata = (err, data, final) => {
        if (err) {
          this.error = err;
          return;
        }
        try {
          if (data.length > 0) onText(data);
        } catch (e) {
          this.error = e;
        }
        if (final) this.done = true;
      };
      file.start();
    };
  }

  /** Feeds the next chunk of the archive. */
  push(bytes: Uint8Array, final = false): void {
    try {
      this.unzip.push(bytes, final);
    } catch (cause) {
      throw new ChatParseError('bad_zip', undefined, { cause });
    }
    this.rethrow();
  }

  /** Ends the archive; throws `bad_zip` when it held no complete chat text. */
  end(): void {
    this.push(new Uint8Array(0), true);
    if (this.chosen === null || !this.done) throw new ChatParseError('bad_zip');
  }

  private rethrow(): void {
    const error = this.error;
    if (error === null) return;
    if (error instanceof ChatParseError) throw error;
    throw new ChatParseError('bad_zip', undefined, { cause: error });
  }
}
