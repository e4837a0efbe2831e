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
