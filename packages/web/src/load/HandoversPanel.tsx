import type { CircleDetail } from '../api.ts';
import {
  decideHandover,
  unanswerHandover,
  type Handover,
  type Responsibility,
} from '../api-load.ts';
import { Empty } from '../components/Empty.tsx';
import { responsibilityTitle } from './titles.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { stagePhrase } from './labels.ts';
import { useAction } from '../hooks/useAction.ts';
import type { UndoOffer } from '../hooks/useUndo.ts';

interface HandoversPanelProps {
  readonly circle: CircleDetail;
  readonly handovers: readonly Handover[];
  readonly responsibilities: readonly Responsibility[];
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
  /** Offers to take back a tap (the screen's one undo bar). */
  readonly offerUndo: (offer: UndoOffer) => void;
}

/** The other person of a hand-over: the one who did not propose it. */
const answerer = (h: Handover) =>
  h.proposedByMemberId === h.fromMemberId ? h.toMemberId : h.fromMemberId;

/** Proposed hand-overs waiting for an answer, and the recent answers. Never imposed. */
export function HandoversPanel(props: HandoversPanelProps) {
  const { circle, handovers, responsibilities, nameOf, onChanged, offerUndo } = props;
  const { busy, done, error, run } = useAction();
  const me = circle.myMemberId;
  const who = (memberId: string) => (memberId === me ? t('load.handovers.you') : nameOf(memberId));
  const titleOf = (id: string) => {
    const found = responsibilities.find((r) => r.id === id);
    return found ? responsibilityTitle(found) : '';
  };
  const shown = handovers
    .filter((h) => h.status === 'proposed')
    .concat(handovers.filter((h) => h.status !== 'proposed').slice(0, 5));

  // Answered in one tap, with a moment to take the answer back.
  const decide = (h: Handover, accept: boolean) =>
    void run(async () => {
      await decideHandover(circle.id, h.id, accept);
      await onChanged();
    }, '').then((ok) => {
      if (!ok) return;
      offerUndo({
        message: accept ? t('load.handovers.didAccept') : t('load.handovers.didDecline'),
        undone: t('load.handovers.undone'),
        undo: async () => {
          await unanswerHandover(circle.id, h.id);
          await onChanged();
        },
      });
    });

  return (
    <section className="card stack" aria-labelledby="handovers-title">
      <h2 id="handovers-title">{t('load.handovers.title')}</h2>
      {shown.length === 0 ? (
        <Empty>{t('load.handovers.empty')}</Empty>
      ) : (
        <ul className="suggestions">
          {shown.map((h) => {
            const params = {
              by: who(h.proposedByMemberId),
              to: who(h.toMemberId),
              from: who(h.fromMemberId),
              stage: stagePhrase(h.stage),
              title: titleOf(h.responsibilityId),
              name: nameOf(answerer(h)),
            };
            if (h.status === 'accepted')
              return (
                <li key={h.id} className="suggestion muted">
                  {t('load.handovers.accepted', params)}
                </li>
              );
            if (h.status === 'declined')
              return (
                <li key={h.id} className="suggestion muted">
                  {t('load.handovers.declined', params)}
                </li>
              );
            if (answerer(h) !== me)
              return (
                <li key={h.id} className="suggestion">
                  {t('load.handovers.waiting', params)}
                </li>
              );
            return (
              <li key={h.id} className="suggestion incoming">
                <p>{t('load.handovers.incoming', params)}</p>
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={busy}
                    aria-label={t('load.handovers.acceptLabel', params)}
                    onClick={() => decide(h, true)}
                  >
                    {t('load.handovers.accept')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy}
                    aria-label={t('load.handovers.declineLabel', params)}
                    onClick={() => decide(h, false)}
                  >
                    {t('load.handovers.decline')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Feedback done={done} error={error} />
    </section>
  );
}
