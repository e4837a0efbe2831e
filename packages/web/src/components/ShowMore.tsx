import { useEffect, useRef, useState, type RefObject } from 'react';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';
import './lists.css';

interface ShowMoreProps {
  /** The cursor of the next page; null once everything is shown (the button is then gone). */
  readonly next: string | null;
  /** Reads the next page and appends it. */
  readonly onMore: () => Promise<void>;
  /** The list the items are appended to; the first new one takes keyboard focus. */
  readonly list: RefObject<HTMLElement | null>;
  /** Words for the button, and while it reads ("Show more", "Loading more…" unless said). */
  readonly label?: string;
  readonly busyLabel?: string;
}

/**
 * "Show more" under a list read a page at a time. Once the next page is there, focus moves to
 * its first item (or the item's link), so a keyboard user goes on reading where the list grew (and is not left on a
 * button that has gone at the end).
 */
export function ShowMore({ next, onMore, list, label, busyLabel }: ShowMoreProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  /** How many items the list held before the page now on its way; null when none is. */
  const awaited = useRef<number | null>(null);

  // The page shows once the list renders again (the data may go through the cache first, so
  // not always in the render that ends the read): each render looks for its first new item.
  useEffect(() => {
    const before = awaited.current;
    if (before === null) return;
    const first = list.current?.children.item(before);
    if (!(first instanceof HTMLElement)) return;
    awaited.current = null;
    const link = first.hasAttribute('tabindex') ? null : first.querySelector('a[href]');
    if (link instanceof HTMLElement) return link.focus();
    if (!first.hasAttribute('tabindex')) first.tabIndex = -1;
    first.focus();
  });

  if (next === null) return null;

  const more = async () => {
    setBusy(true);
    setError(undefined);
    awaited.current = list.current?.children.length ?? 0;
    try {
      await onMore();
    } catch (failure) {
      awaited.current = null;
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="show-more">
      <Alert message={error} />
      <button
        type="button"
        className="secondary"
        aria-busy={busy}
        disabled={busy}
        onClick={() => void more()}
      >
        {busy ? (busyLabel ?? t('list.loadingMore')) : (label ?? t('list.showMore'))}
      </button>
    </div>
  );
}
