import { getCircle, listActs, listCircles, listInvitations, type CircleDetail } from '../api.ts';
import { useRemote } from '../hooks/useRemote.ts';
import type { FirstRunFacts } from './progress.ts';

export interface FirstRunData {
  /** The circle the path is about: the person's newest one, if any. */
  readonly circle: CircleDetail | undefined;
  readonly facts: FirstRunFacts;
}

/** Reads where the person stands: their newest circle, then its people, invitations and acts at once. */
async function readFirstRun(): Promise<FirstRunData> {
  const { circles } = await listCircles();
  const newest = circles[0];
  if (!newest) {
    return {
      circle: undefined,
      facts: { hasCircle: false, invited: false, othersJoined: false, acted: false },
    };
  }
  const [circle, invitations, mine] = await Promise.all([
    getCircle(newest.id),
    listInvitations(newest.id),
    listActs(newest.id, { fromMemberId: newest.myMemberId, limit: 1 }),
  ]);
  const othersJoined = circle.members.length > 1;
  return {
    circle,
    facts: {
      hasCircle: true,
      othersJoined,
      invited: othersJoined || circle.pendingMembers.length > 0 || invitations.length > 0,
      acted: mine.acts.length > 0,
    },
  };
}

/** The first-run path's data, with `reload` after a step changes it. */
export const useFirstRun = () => useRemote(readFirstRun, 'first-run', { keep: true });
