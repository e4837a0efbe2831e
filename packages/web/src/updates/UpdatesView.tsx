import { useId, useRef, useState } from 'react';
import { listUpdates, markUpdatesRead, type Update } from '../api-updates.ts';
import { Alert } from '../components/Alert.tsx';
import { ShowMore } from '../components/ShowMore.tsx';
import { Empty } from '../components/Empty.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { UpdateItem } from './UpdateItem.tsx';
import { append, markRead, newestOver, type Shown } from './pages.ts';
import { isUnread } from './text.ts';
import { askToken, heard, markedRead, useUnread } from './unread.ts';
import { useWhenVisible } from './useWhenVisible.ts';
import './updates.css';

/**
 * Updates: what others in the person's circles did that concerns them, newest first, with older
 * ones a page at a time. New ones join the top when the page comes back into view and every
 * minute, like the bell. Opening one marks it read; "Mark all as read" marks every one, also
 * those on pages not loaded yet.
 */
export function UpdatesView() {
  const id = useId();
  const [shown, setShown] = useState<Shown>();
  const [loadError, setLoadError] = useState<string>();
  /** Whether older pages were asked for (to say so once all are shown). */
  const [paged, setPaged] = useState(false);
  const { busy, done, error, run } = useAction();
  const unread = useUnread();
  const list = useRef<HTMLUListElement>(null);
  const [now, setNow] = useState(() => Date.now());

  const shownOnce = useRef(false);
  useWhenVisible(() => {
    const token = askToken();
    listUpdates().then(
      (page) => {
        const fresh = heard(page.unread, token);
        // Asked before something was marked read, its read marks are old: once the list is on
        // screen, it waits for the next answer.
        if (!fresh && shownOnce.current) return;
        setShown((current) => newestOver(current, page));
        setNow(Date.now());
        setLoadError(undefined);
        shownOnce.current = true;
      },
      // Once the list is on screen, a failed refresh keeps it; the next one tries again.
      (failure: unknown) => !shownOnce.current && setLoadError(describeError(failure)),
    );
  });

  /** The page of updates after those shown; rejects when it cannot be read (ShowMore says so). */
  const showOlder = async () => {
    if (!shown?.next) return;
    setPaged(true);
    const token = askToken();
    const page = await listUpdates({ before: shown.next });
    setShown((current) => (current ? append(current, page) : current));
    heard(page.unread, token);
    setNow(Date.now());
  };

  const markAll = () =>
    void run(async () => {
      const answer = await markUpdatesRead({ all: true });
      const at = new Date().toISOString();
      setShown((current) =>
        current ? { ...current, updates: markRead(current.updates, () => true, at) } : current,
      );
      markedRead(answer.unread);
      // The button goes away with the last unread update: focus rests on the list instead.
      list.current?.focus();
    }, t('updates.markedAll'));

  const open = (update: Update) => {
    if (!isUnread(update)) return;
    const at = new Date().toISOString();
    setShown((current) =>
      current
        ? { ...current, updates: markRead(current.updates, (u) => u.id === update.id, at) }
        : current,
    );
    // The screen may already be gone when the answer arrives; the bell hears it all the same.
    markUpdatesRead({ ids: [update.id] }).then(
      (answer) => markedRead(answer.unread),
      () => undefined,
    );
  };

  const anyUnread = (unread ?? 0) > 0 || Boolean(shown?.updates.some(isUnread));
  return (
    <div className="updates stack-lg narrow">
      <header className="stack">
        <ScreenTitle>{t('updates.title')}</ScreenTitle>
        <p className="lead">{t('updates.intro')}</p>
      </header>
      <Alert message={loadError} />
      {!shown && !loadError && <SkeletonList rows={2} />}
      {shown && shown.updates.length === 0 && (
        <div className="card">
          <Empty>{t('updates.empty')}</Empty>
        </div>
      )}
      {shown && shown.updates.length > 0 && (
        <section className="card stack" aria-labelledby={`${id}-list`}>
          <div className="updates-head">
            <h2 id={`${id}-list`}>{t('updates.list')}</h2>
            {anyUnread && (
              <button type="button" className="secondary" disabled={busy} onClick={markAll}>
                {busy ? t('updates.markingAll') : t('updates.markAll')}
              </button>
            )}
          </div>
          <Feedback done={done} error={error} />
          <ul className="updates-list" ref={list} tabIndex={-1} aria-labelledby={`${id}-list`}>
            {shown.updates.map((update) => (
              <UpdateItem key={update.id} update={update} now={now} onOpen={open} />
            ))}
          </ul>
          <ShowMore
            next={shown.next}
            onMore={showOlder}
            list={list}
            label={t('updates.older')}
            busyLabel={t('updates.loadingOlder')}
          />
          {!shown.next && paged && <p className="muted">{t('updates.noOlder')}</p>}
        </section>
      )}
    </div>
  );
}
