/** The export formats the package reads. */
export const CHAT_FORMATS = ['whatsapp', 'telegram', 'messenger'] as const;
export type ChatFormat = (typeof CHAT_FORMATS)[number];

/**
 * What a message is. `media` and `deleted` are placeholders a person still sent;
 * `system` lines (encryption notices, joins, calls) are written by the app, not a person.
 */
export type MessageKind = 'text' | 'media' | 'deleted' | 'system';

/** The order of day, month and year in a WhatsApp export's dates. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** One message in the common model, whatever the export format. */
export interface ChatMessage {
  /** Who wrote it; `null` for system lines without an author. */
  readonly author: string | null;
  /**
   * Milliseconds. When `zoned` is true this is a real epoch instant (the export carried one);
   * when false it is the local wall-clock time of the export read as if it were UTC.
   */
  readonly time: number;
  /** Whether `time` is a true epoch instant (see `time`). */
  readonly zoned: boolean;
  readonly kind: MessageKind;
  /** The text exactly as exported, continuation lines joined with `\n`. */
  readonly text: string;
}

/** Receives each message as soon as it is complete, in export order. */
export type MessageSink = (message: ChatMessage) => void;

/** Bytes in: any (async) iterable of chunks, e.g. a Node read stream or a Web stream reader. */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** How the dates of a WhatsApp export were read, so a report can say when it guessed. */
export interface DateOrderDecision {
  readonly order: DateOrder;
  /** `dates`: some date only fits one order; `hint`: the caller chose; `guess`: by convention. */
  readonly decidedBy: 'dates' | 'hint' | 'guess';
}
