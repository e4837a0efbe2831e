/**
 * The voice rules of docs/voice.md ("rhythm, never a ledger") as patterns, in one place, so the
 * web's message catalogue and core's own texts (the daily questions) are held to the same words.
 */

/** Words that keep score, rank, or blame, when said of a named person. */
export const LEDGER_WORDS =
  /\b(carr(y|ies|ying|ied)|started more|most often|the most|more than|owes?|debt|score|ledger|blame|rank(ed|s)?|ahead|behind|first|wins?|losing)\b/i;

/** Words never said at all. */
export const NEVER_SAID = /\b(owes?|owed|debt|score|ledger|blame[ds]?)\b/i;
