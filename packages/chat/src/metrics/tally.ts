import { median, NumberList } from './median.ts';

/** What one message adds to a tally. */
export interface MessageFacts {
  kind: 'text' | 'media' | 'deleted';
  words: number;
  question: boolean;
  apology: boolean;
  appreciation: boolean;
  /** Opened a conversation after the configured silence. */
  start: boolean;
  /** Seconds since the previous person's turn, or -1 when the message is no reply. */
  reply: number;
}

/** Running counts for one person, overall or within one week. */
export class Tally {
  messages = 0;
  words = 0;
  questions = 0;
  media = 0;
  deleted = 0;
  conversationStarts = 0;
  apologies = 0;
  appreciations = 0;
  readonly replies = new NumberList();

  add(f: MessageFacts): void {
    this.messages++;
    this.words += f.words;
    if (f.kind === 'media') this.media++;
    else if (f.kind === 'deleted') this.deleted++;
    if (f.question) this.questions++;
    if (f.apology) this.apologies++;
    if (f.appreciation) this.appreciations++;
    if (f.start) this.conversationStarts++;
    if (f.reply >= 0) this.replies.push(f.reply);
  }

  /**
   * The counts and reply times as plain, cloneable data: what a worker sends back. The reply
   * times are a view of this tally's own list, so the tally is not to be added to afterwards.
   */
  toPart(): TallyPart {
    const part = { replies: this.replies.values.subarray(0, this.replies.length) } as TallyPart;
    for (const field of COUNTS) part[field] = this[field];
    return part;
  }

  /** Adds the counts and reply times of another tally's part. */
  addPart(part: TallyPart): void {
    for (const field of COUNTS) this[field] += part[field];
    this.replies.pushAll(part.replies);
  }

  /** The counts as plain data, with the median reply time (null without replies). */
  summary(): TallySummary {
    return {
      messages: this.messages,
      words: this.words,
      questions: this.questions,
      media: this.media,
      deleted: this.deleted,
      conversationStarts: this.conversationStarts,
      medianReplySeconds: median(this.replies.values, this.replies.length),
      replies: this.replies.length,
      apologies: this.apologies,
      appreciations: this.appreciations,
    };
  }
}

/** Plain counts of a {@link Tally}. */
export interface TallySummary {
  readonly messages: number;
  readonly words: number;
  readonly questions: number;
  readonly media: number;
  readonly deleted: number;
  readonly conversationStarts: number;
  readonly medianReplySeconds: number | null;
  readonly replies: number;
  readonly apologies: number;
  readonly appreciations: number;
}

/** The counts a tally keeps, besides its reply times. */
const COUNTS = [
  'messages',
  'words',
  'questions',
  'media',
  'deleted',
  'conversationStarts',
  'apologies',
  'appreciations',
] as const;

/** A {@link Tally} as plain data: its counts, and the reply times in the order they came. */
export type TallyPart = Record<(typeof COUNTS)[number], number> & { replies: Float64Array };
