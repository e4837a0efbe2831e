/**
 * Updates between members: what one person does that another should hear about. An update
 * names its kind, who acted and what it is about — never anything anyone wrote.
 */
export const UPDATE_KINDS = [
  /** Someone used an invitation and waits to be let in (to every member). */
  'invitation_accepted',
  /** A member let someone in (to the other members). */
  'member_admitted',
  /** You were let in (to the person admitted). */
  'welcome',
  /** The keeper removed you from a circle. */
  'removed_from_circle',
  /** The receiver of an act you logged does not recognise it (to its giver). */
  'act_questioned',
  /** Someone suggested a season about you. */
  'season_suggested',
  /** The member a season was suggested about accepted or declined it (to who suggested it). */
  'season_answered',
  /** A hand-over of a stage of a responsibility was proposed to you. */
  'handover_proposed',
  /** Your proposed hand-over was accepted or declined. */
  'handover_answered',
  /** A responsibility that concerns you was changed by someone else it concerns. */
  'responsibility_changed',
  /** A responsibility that concerned you was deleted by someone else it concerned. */
  'responsibility_removed',
  /** A ritual you take part in was changed by another participant. */
  'ritual_changed',
  /** A ritual you took part in was stopped by another participant. */
  'ritual_stopped',
  /** Someone said "let's reset" about a hard moment that involves you. */
  'reset_requested',
  /** Someone said "repaired for me" about a hard moment; it waits for yours. */
  'rupture_waiting',
  /** Everyone involved said "repaired for me". */
  'rupture_repaired',
  /** Someone finished the guided repair of a hard moment they are in; it waits for yours. */
  'repair_guide_waiting',
  /** Everyone in a hard moment finished its guided repair: it is ready to read together. */
  'repair_guide_revealed',
  /** Someone shared a need with the circle. */
  'need_shared',
  /** Someone opened a check-in you take part in. */
  'checkin_opened',
  /** Others have answered a check-in you have not answered yet. */
  'checkin_waiting',
  /** Everyone has answered: the check-in is ready to look at together. */
  'checkin_ready',
  /** Someone opened a values conversation. */
  'values_opened',
  /** Others have answered a values conversation you have not answered yet. */
  'values_waiting',
  /** Everyone has answered a values conversation: it is ready to read together. */
  'values_ready',
  /** Someone noticed care you gave (at most one such update a day). */
  'act_noticed',
  /** Everyone asked has answered the circle's question of the day: the answers can be read. */
  'question_answered',
] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** The only words an update's `detail` may hold. */
export const UPDATE_DETAILS = ['accepted', 'declined'] as const;
export type UpdateDetail = (typeof UPDATE_DETAILS)[number];

/**
 * The members a change should be told to: everyone it concerns except the one who made it,
 * each once, in first-seen order. `null` (a stage nobody carries) concerns nobody.
 */
export function othersConcerned(
  concerned: Iterable<string | null>,
  actorMemberId: string,
): string[] {
  const out: string[] = [];
  for (const id of concerned) {
    if (id !== null && id !== actorMemberId && !out.includes(id)) out.push(id);
  }
  return out;
}
