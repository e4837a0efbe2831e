/**
 * The messages between the import page and its Worker. Only bytes-read counts, the finished
 * report (numbers and names) or an error code ever come back: never a message of the chat.
 */
import type { ChatErrorCode, ChatReport } from '@recipro/chat';

/** The page asks the Worker to read one file. */
export interface AnalyzeRequest {
  readonly file: Blob;
  readonly maxBytes: number;
}

/** Why a file could not be read: a code of `@recipro/chat`, or a failure of the Worker itself. */
export type ImportErrorCode = ChatErrorCode | 'unexpected';

export type WorkerReply =
  | { readonly type: 'progress'; readonly bytesRead: number }
  | { readonly type: 'done'; readonly report: ChatReport }
  | { readonly type: 'failed'; readonly code: ImportErrorCode };

/** Files larger than this are refused before reading (and again while reading). */
export const MAX_CHAT_BYTES = 200 * 1024 * 1024;
