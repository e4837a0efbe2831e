import { useEffect, useId, useRef, useState } from 'react';
import { leaveCircle } from '../api-account.ts';
import type { CircleListItem } from '../api.ts';
import { kindLabel } from '../care.ts';
import { Empty } from '../components/Empty.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { useFold } from '../hooks/useFold.ts';
import { t, tn } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { SharedHistory } from './SharedHistory.tsx';

/**
 * Leaving a circle, one at a time: the rule for shared history is shown in plain words first,
 * and only the second button leaves.
 */
export function LeavePanel({
  circles,
  onLeft,
}: {
  readonly circles: readonly CircleListItem[];
  readonly onLeft: (circle: CircleListItem) => void;
}) {
  const id = useId();
  const fold = useFold(circles);
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState<string>();
  const { busy, done, error, run } = useAction();

  const leave = (circle: CircleListItem) =>
    void run(() => leaveCircle(circle.id), t('leave.done', { circle: circle.name })).then((ok) => {
      if (!ok) return;
      setConfirming(undefined);
      onLeft(circle);
      heading.current?.focus();
    });

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('leave.title')}
      </h2>
      <p className="muted">{t('leave.intro')}</p>
      {circles.length === 0 ? (
        <Empty>{t('leave.none')}</Empty>
      ) : (
        <ul className="settings-rows" aria-labelledby={`${id}-title`} ref={list}>
          {fold.visible.map((circle) => (
            <LeaveRow
              key={circle.id}
              circle={circle}
              open={confirming === circle.id}
              busy={busy}
              onOpen={() => setConfirming(circle.id)}
              onCancel={() => setConfirming(undefined)}
              onLeave={() => leave(circle)}
            />
          ))}
        </ul>
      )}
      <ShowMore next={fold.next} onMore={fold.more} list={list} />
      <Feedback done={done} error={error} />
    </section>
  );
}

function LeaveRow({
  circle,
  open,
  busy,
  onOpen,
  onCancel,
  onLeave,
}: {
  readonly circle: CircleListItem;
  readonly open: boolean;
  readonly busy: boolean;
  readonly onOpen: () => void;
  readonly onCancel: () => void;
  readonly onLeave: () => void;
}) {
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Opening moves focus to the question; closing gives it back, unless it went elsewhere.
    if (open) title.current?.focus();
    else if (wasOpen.current && document.activeElement === document.body) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <li className="settings-row-block">
      <div className="settings-row">
        <div className="settings-row-text">
          <span className="settings-row-name" dir="auto">
            {circle.name}
          </span>
          <span className="muted">
            {kindLabel(circle.kind)} · {tn('home.members', circle.memberCount)}
          </span>
        </div>
        {!open && (
          <button ref={opener} type="button" className="secondary" onClick={onOpen}>
            {t('leave.open', { circle: circle.name })}
          </button>
        )}
      </div>
      {open && (
        <div
          className="settings-confirm stack"
          role="group"
          aria-labelledby={`${id}-confirm`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !busy) {
              event.stopPropagation();
              onCancel();
            }
          }}
        >
          <h3 id={`${id}-confirm`} ref={title} tabIndex={-1}>
            {t('leave.confirmTitle', { circle: circle.name })}
          </h3>
          <SharedHistory action="leave" circle={circle.name} lastOne={circle.memberCount <= 1} />
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={onLeave}>
              {busy ? t('leave.pending') : t('leave.confirm', { circle: circle.name })}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
              {t('leave.cancel')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
