/**
 * Needs-statement starters (the E of RECIPRO: Express): say a need as a wish about the future,
 * about oneself, without blame. Written by recipro; ids are stable. `text` ends with "…" where
 * the author carries on writing.
 */

export interface NeedsStarter {
  readonly id: string;
  readonly text: string;
}

export const NEEDS_STARTERS: readonly NeedsStarter[] = [
  { id: 'need_more_connected_when', text: 'I feel more connected when …' },
  { id: 'need_would_help_me_if', text: 'It would help me if …' },
  { id: 'need_feel_cared_for_when', text: 'I feel cared for when …' },
  { id: 'need_would_love_more', text: 'I would love a little more …' },
  { id: 'need_when_tired', text: 'When I am tired or stressed, what helps me is …' },
  { id: 'need_matters_to_me', text: 'Something that matters to me right now is …' },
  { id: 'need_could_we_try', text: 'Could we try …' },
];
