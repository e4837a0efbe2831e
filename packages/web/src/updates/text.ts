/**
 * How an update reads and where it leads. Each line names what happened, who did it and the
 * circle; nothing the server might add in `detail` is ever shown, only `accepted` / `declined`
 * are read. A kind this client does not know yet reads as "Something changed in {circle}".
 */
import type { UpdateKind } from '@recipro/core';
import type { SeenUpdate } from '../api-updates.ts';
import type { IconName } from '../components/icons.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { cyclePaths } from '../router/cycle.ts';
import { togetherPaths } from '../router/together.ts';
import { questionPaths } from '../router/question.ts';
import { paths } from '../router.ts';

/** Where each known kind's place is, and the icon beside its line. */
const PLACES: Record<UpdateKind, { readonly to: Place; readonly icon: IconName }> = {
  invitation_accepted: { to: 'circle', icon: 'team' },
  member_admitted: { to: 'circle', icon: 'team' },
  welcome: { to: 'circle', icon: 'team' },
  act_questioned: { to: 'circle', icon: 'gave' },
  season_suggested: { to: 'balance', icon: 'healing' },
  season_answered: { to: 'balance', icon: 'healing' },
  handover_proposed: { to: 'load', icon: 'together' },
  handover_answered: { to: 'load', icon: 'together' },
  responsibility_changed: { to: 'load', icon: 'together' },
  responsibility_removed: { to: 'load', icon: 'together' },
  ritual_changed: { to: 'rituals', icon: 'quality_time' },
  ritual_stopped: { to: 'rituals', icon: 'quality_time' },
  removed_from_circle: { to: 'home', icon: 'home' },
  reset_requested: { to: 'repair', icon: 'repair' },
  rupture_waiting: { to: 'repair', icon: 'repair' },
  rupture_repaired: { to: 'repair', icon: 'repair' },
  repair_guide_waiting: { to: 'repairGuide', icon: 'repair' },
  repair_guide_revealed: { to: 'repairGuide', icon: 'repair' },
  need_shared: { to: 'express', icon: 'express' },
  checkin_opened: { to: 'checkin', icon: 'checkin' },
  checkin_waiting: { to: 'checkin', icon: 'checkin' },
  checkin_ready: { to: 'checkin', icon: 'checkin' },
  values_opened: { to: 'express', icon: 'express' },
  values_waiting: { to: 'express', icon: 'express' },
  values_ready: { to: 'express', icon: 'express' },
  act_noticed: { to: 'circle', icon: 'appreciation' },
  question_answered: { to: 'question', icon: 'communication' },
};

type Place =
  | 'circle'
  | 'balance'
  | 'load'
  | 'rituals'
  | 'home'
  | 'repair'
  | 'repairGuide'
  | 'express'
  | 'checkin'
  | 'question';

const isKnown = (kind: string): kind is UpdateKind => Object.hasOwn(PLACES, kind);

/** The line of an answer to something the reader proposed, by what the answer was. */
const ANSWERED: Record<
  'season_answered' | 'handover_answered',
  Record<'accepted' | 'declined', MessageKey>
> = {
  season_answered: {
    accepted: 'updates.kind.season_answered.accepted',
    declined: 'updates.kind.season_answered.declined',
  },
  handover_answered: {
    accepted: 'updates.kind.handover_answered.accepted',
    declined: 'updates.kind.handover_answered.declined',
  },
};

/** The sentence for one update, in the reader's words. */
export function updateLine(update: SeenUpdate): string {
  const name = update.actorName ?? t('updates.someone');
  const circle = update.circleName ?? t('updates.someCircle');
  const params = { name, circle };
  const { kind } = update;
  if (!isKnown(kind)) return t('updates.kind.other', params);
  switch (kind) {
    case 'member_admitted':
      return t(
        update.actorName === null
          ? 'updates.kind.member_admitted.unnamed'
          : 'updates.kind.member_admitted',
        params,
      );
    case 'season_answered':
    case 'handover_answered': {
      const { detail } = update;
      const answer = detail === 'accepted' || detail === 'declined' ? detail : undefined;
      return t(answer ? ANSWERED[kind][answer] : `updates.kind.${kind}`, params);
    }
    case 'checkin_opened':
      return t(
        update.actorMemberId === null
          ? 'updates.kind.checkin_opened.scheduled'
          : 'updates.kind.checkin_opened',
        params,
      );
    case 'removed_from_circle':
      return update.circleName === null
        ? t('updates.kind.removed_from_circle.unnamed')
        : t('updates.kind.removed_from_circle', params);
    default:
      return t(`updates.kind.${kind}`, params);
  }
}

/** The address of the update's place: the circle's home, or the screen that holds its subject. */
export function updateLink(update: SeenUpdate): string {
  const place: Place = isKnown(update.kind) ? PLACES[update.kind].to : 'circle';
  const { circleId } = update;
  switch (place) {
    case 'circle':
      return circleId ? paths.circle(circleId) : paths.home();
    case 'balance':
      return paths.dashboard(circleId);
    case 'load':
      return togetherPaths.load(circleId);
    case 'rituals':
      return togetherPaths.rituals(circleId);
    case 'home':
      return paths.home();
    case 'repair':
    case 'express':
      return cyclePaths.step(circleId, place);
    case 'repairGuide':
      return update.subjectId
        ? cyclePaths.repairGuide(circleId, update.subjectId)
        : cyclePaths.step(circleId, 'repair');
    case 'checkin':
      return update.subjectId
        ? cyclePaths.checkin(circleId, update.subjectId)
        : cyclePaths.step(circleId, 'checkin');
    case 'question':
      return questionPaths.today(circleId);
  }
}

/** The decorative icon beside an update's line. */
export const updateIcon = (update: SeenUpdate): IconName =>
  isKnown(update.kind) ? PLACES[update.kind].icon : 'bell';

/** Whether the update still waits to be read. */
export const isUnread = (update: SeenUpdate): boolean => update.readAt === null;
