/** The rhythm of a chat too short to say anything: what the tests save when the rhythm is not the point. */
export const THIN_RHYTHM = {
  talk: 'thin',
  starts: 'thin',
  questions: 'thin',
  thanks: 'none',
  repair: 'none',
  replyPace: 'unknown',
  replyBalance: 'unknown',
  lately: null,
} as const;

/** A saved chat summary with a rhythm that says something: what a circle keeps of a chat. */
export const CHAT_SUMMARY = {
  format: 'whatsapp',
  messages: 120,
  people: 2,
  first: '2024-03-01T08:00:00',
  last: '2024-03-09T21:58:00',
  rhythm: {
    talk: 'shared',
    starts: 'one_side',
    questions: 'shared',
    thanks: 'thin',
    repair: 'none',
    replyPace: 'hour',
    replyBalance: 'even',
    lately: { weeks: 4, talk: 'one_side', starts: 'shared' },
  },
} as const;
