import { useEffect, useRef, useState, type RefObject } from 'react';
import type { CircleDetail } from '../api.ts';
import { completeRitual, uncompleteRitual, type Ritual } from '../api-load.ts';
import { memberNamer } from '../components/names.ts';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { cyclePaths } from '../router/cycle.ts';
import { guideText } from '../components/guide-catalogue.ts';
import { GuideList } from '../components/GuideLinks.tsx';
import { andList, t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { togetherPaths } from '../router/together.ts';
import { useAction } from '../hooks/useAction.ts';
import { useUndo } from '../hooks/useUndo.ts';
import { UndoBar } from '../components/UndoBar.tsx';
import { paths } from '../router.ts';
import { GentleTimer } from './GentleTimer.tsx';
import { cardKey, ownItemText, ritualGuideFor, turnOrder, type RitualCard } from './guides.ts';
import './ritual-guide.css';

/**
 * A ritual, guided: its introduction, the gentle timer when it has one, and its cards one at a
 * time. "We did it" on the last card, or "I’m done" at any point, records the completion
 * through the rituals API; nothing anyone says is written down or sent anywhere.
 */
export function RitualGuideView({
  circle,
  ritual,
}: {
  readonly circle: CircleDetail;
  readonly ritual: Ritual;
}) {
  const guide = ritualGuideFor(ritual.kind);
  const [step, setStep] = useState(0);
  const [turn, setTurn] = useState(0);
  const [finished, setFinished] = useState(false);
  const { busy, done, error, run } = useAction();
  const undo = useUndo();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Moving between cards (or finishing) puts focus on the new heading, where reading resumes.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step, finished]);

  const go = (to: number) => {
    moved.current = true;
    setStep(to);
    setTurn(0);
  };
  // Recorded as done, with a moment to take it back (a tap on "I'm done" too early, say).
  const finish = () =>
    void run(async () => {
      await completeRitual(circle.id, ritual.id);
      moved.current = true;
      setFinished(true);
    }, '').then((ok) => {
      if (!ok) return;
      undo.offer({
        message: t('ritualGuide.done', { title: ritual.title }),
        undone: t('undo.done.undone'),
        undo: async () => {
          await uncompleteRitual(circle.id, ritual.id);
          moved.current = true;
          setFinished(false);
        },
      });
    });

  const last = guide.cards.length - 1;
  const card = guide.cards[Math.min(step, last)]!;
  const text = (key: string) => guideText(cardKey(guide.id, key));

  return (
    <div className="ritual-guide">
      <p className="guide-back">
        <Link to={togetherPaths.rituals(circle.id)}>{t('ritualGuide.back')}</Link>
      </p>
      <header className="ritual-guide-header">
        <p className="muted" dir="auto">
          {circle.name}
        </p>
        <ScreenTitle>{ritual.title}</ScreenTitle>
        <p className="lead">{text('intro')}</p>
        <p className="muted">{t('ritualGuide.notSaved')}</p>
      </header>

      {guide.minutes !== undefined && !finished && <GentleTimer minutes={guide.minutes} />}
      <Feedback done={done} error={error} />
      <UndoBar state={undo} />

      {finished ? (
        <section className="card stack ritual-finished" aria-labelledby="ritual-finished-title">
          <h2 id="ritual-finished-title" ref={heading} tabIndex={-1}>
            {t('ritualGuide.done.title')}
          </h2>
          <p>{t('ritualGuide.keep')}</p>
          <ul className="ritual-keep">
            <li>
              <Link to={paths.circle(circle.id)}>{t('ritualGuide.keep.log')}</Link>
            </li>
            <li>
              <Link to={cyclePaths.step(circle.id, 'express')}>{t('ritualGuide.keep.need')}</Link>
            </li>
            <li>
              <Link to={togetherPaths.rituals(circle.id)}>{t('ritualGuide.back')}</Link>
            </li>
          </ul>
        </section>
      ) : (
        <section className="card ritual-card" aria-labelledby="ritual-card-title">
          <p className="muted ritual-progress">
            {t('ritualGuide.progress', { step: step + 1, total: guide.cards.length })}
          </p>
          <CardBody
            card={card}
            circle={circle}
            ritual={ritual}
            turn={turn}
            onNextPerson={() => setTurn((now) => now + 1)}
            text={text}
            heading={heading}
          />
          <div className="actions ritual-nav">
            {step > 0 && (
              <button type="button" className="secondary" onClick={() => go(step - 1)}>
                {t('ritualGuide.previous')}
              </button>
            )}
            {step < last ? (
              <button type="button" className="primary" onClick={() => go(step + 1)}>
                {t('ritualGuide.next')}
              </button>
            ) : (
              <button type="button" className="primary" disabled={busy} onClick={finish}>
                {busy ? t('ritualGuide.finishing') : t('ritualGuide.finish')}
              </button>
            )}
          </div>
          {step < last && (
            <div className="ritual-done-now">
              <button
                type="button"
                className="link"
                disabled={busy}
                aria-describedby="ritual-done-now-hint"
                onClick={finish}
              >
                {t('ritualGuide.doneNow')}
              </button>
              <span id="ritual-done-now-hint" className="muted">
                {t('ritualGuide.doneNowHint')}
              </span>
            </div>
          )}
        </section>
      )}
      <GuideList ids={[guide.related]} />
    </div>
  );
}

interface CardBodyProps {
  readonly card: RitualCard;
  readonly circle: CircleDetail;
  readonly ritual: Ritual;
  readonly turn: number;
  readonly onNextPerson: () => void;
  readonly text: (key: string) => string;
  readonly heading: RefObject<HTMLHeadingElement | null>;
}

/** One card: a prompt, one of recipro's own items to talk about, or an item that goes round. */
function CardBody({ card, circle, ritual, turn, onNextPerson, text, heading }: CardBodyProps) {
  const title = (words: string) => (
    <h2 id="ritual-card-title" ref={heading} tabIndex={-1} className="ritual-prompt">
      {words}
    </h2>
  );
  if (card.kind === 'prompt') return title(text(card.key));
  if (card.kind === 'item') {
    return (
      <>
        {title(ownItemText(card.itemId, circle.kind) ?? '')}
        <p>{t('ritualGuide.item.ask')}</p>
        <p className="muted ritual-own">{t('ritualGuide.item.own')}</p>
      </>
    );
  }
  const people = turnOrder(
    ritual.memberIds,
    circle.members.map((member) => member.id),
  );
  const nameOf = memberNamer(circle);
  const who = (id: string) => (id === circle.myMemberId ? t('common.you') : nameOf(id));
  const now = people[Math.min(turn, people.length - 1)];
  return (
    <>
      {card.keys.length === 1 ? (
        title(text(card.keys[0]!))
      ) : (
        <>
          {title(text('heading'))}
          <ol className="turn-prompts">
            {card.keys.map((key) => (
              <li key={key}>{text(key)}</li>
            ))}
          </ol>
        </>
      )}
      {now !== undefined && (
        <div className="turn">
          <p className="turn-now" aria-live="polite">
            {now === circle.myMemberId
              ? t('ritualGuide.turn.you')
              : t('ritualGuide.turn.other', { name: nameOf(now) })}
          </p>
          <p className="muted">
            {t('ritualGuide.turn.order', {
              names: andList(people.map(who)),
            })}
          </p>
          {turn < people.length - 1 && (
            <button type="button" className="secondary" onClick={onNextPerson}>
              {t('ritualGuide.turn.next')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
