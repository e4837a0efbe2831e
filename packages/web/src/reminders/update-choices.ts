/**
 * How the reminder settings group the kinds of update, in the order they are shown, with the
 * words of each group and kind. A new kind in core's `UPDATE_KINDS` needs a place here.
 */
import type { UpdateKind } from '@recipro/core';
import type { MessageKey } from '../i18n/index.ts';

export type UpdateGroup = 'repair' | 'rounds' | 'together' | 'circles';

export const UPDATE_GROUPS: readonly UpdateGroup[] = ['repair', 'rounds', 'together', 'circles'];

/** Each kind's group; within a group, kinds are shown in this order. */
const GROUP_OF: Record<UpdateKind, UpdateGroup> = {
  reset_requested: 'repair',
  rupture_waiting: 'repair',
  rupture_repaired: 'repair',
  repair_guide_waiting: 'repair',
  repair_guide_revealed: 'repair',
  need_shared: 'repair',
  act_noticed: 'repair',
  act_questioned: 'repair',
  checkin_opened: 'rounds',
  checkin_waiting: 'rounds',
  checkin_ready: 'rounds',
  values_opened: 'rounds',
  values_waiting: 'rounds',
  values_ready: 'rounds',
  question_answered: 'rounds',
  handover_proposed: 'together',
  handover_answered: 'together',
  responsibility_changed: 'together',
  responsibility_removed: 'together',
  ritual_changed: 'together',
  ritual_stopped: 'together',
  season_suggested: 'together',
  season_answered: 'together',
  invitation_accepted: 'circles',
  member_admitted: 'circles',
  welcome: 'circles',
  removed_from_circle: 'circles',
};

/** The kinds of a group, in the order shown. */
export const kindsOf = (group: UpdateGroup): UpdateKind[] =>
  (Object.keys(GROUP_OF) as UpdateKind[]).filter((kind) => GROUP_OF[kind] === group);

export const groupTitle = (group: UpdateGroup): MessageKey => `updates.choice.group.${group}`;
export const kindLabel = (kind: UpdateKind): MessageKey => `updates.choice.kind.${kind}`;
