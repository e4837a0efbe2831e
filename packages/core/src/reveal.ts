/**
 * The reveal rule shared by check-ins and values conversations: each member answers alone, and
 * nobody sees another's answers until everyone who was in the circle when it opened has
 * answered, or someone closes it.
 */
export type RevealStatus = 'open' | 'revealed' | 'closed';

export interface RevealFacts {
  /** Whether it was closed. */
  readonly closed: boolean;
  /** Members of the circle when it opened. */
  readonly memberCount: number;
  /** Members who have answered. */
  readonly answeredCount: number;
}

export const revealStatus = (facts: RevealFacts): RevealStatus =>
  facts.closed ? 'closed' : facts.answeredCount >= facts.memberCount ? 'revealed' : 'open';

/** Whether others' answers may be shown. */
export const isRevealed = (facts: RevealFacts): boolean => revealStatus(facts) !== 'open';

/**
 * Whether others' answers may be shown to one member: only once revealed or closed, and only to
 * a member who has answered — closing never shows anyone's answers to someone who has not.
 */
export const isRevealedTo = (facts: RevealFacts & { readonly answeredByMe: boolean }): boolean =>
  facts.answeredByMe && isRevealed(facts);
