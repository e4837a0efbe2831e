import { useRef, useState } from 'react';
import type { Need } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { ConfirmAction } from '../components/ConfirmAction.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { focusAfterRemoval } from '../focus.ts';
import { formatDate, t } from '../i18n/index.ts';
import { excerpt } from './excerpt.ts';
import { SupportCard } from '../components/SupportCard.tsx';
import { Folded } from '../components/Folded.tsx';

interface NeedItemProps {
  readonly need: Need;
  readonly me: string;
  readonly circleName: string;
  readonly nameOf: (memberId: string) => string;
  readonly onThank: (need: Need) => Promise<void>;
  readonly onShare: (need: Need, shared: boolean) => Promise<void>;
  readonly onDelete: (need: Need) => Promise<void>;
  /** Announces what happened in the list's live region. */
  readonly onDone: (sentence: string) => void;
}

/**
 * One need. Its author sees who it is shared with, and may share it, make it private again or
 * delete it; others can thank them for telling.
 */
export function NeedItem({
  need,
  me,
  circleName,
  nameOf,
  onThank,
  onShare,
  onDelete,
  onDone,
}: NeedItemProps) {
  const item = useRef<HTMLLIElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const mine = need.authorMemberId === me;
  const author = nameOf(need.authorMemberId);
  const thanked = need.thankedBy.includes(me);
  const words = { excerpt: excerpt(need.text) };

  const thank = async () => {
    setPending(true);
    setError(undefined);
    try {
      await onThank(need);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  /** Shares or un-shares; the button that was pressed is replaced, so focus stays on the need. */
  const share = async (shared: boolean) => {
    await onShare(need, shared);
    onDone(shared ? t('needs.sharedNow') : t('needs.madePrivate'));
    item.current?.focus();
  };

  const makePrivate = async () => {
    setPending(true);
    setError(undefined);
    try {
      await share(false);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <li ref={item} className="entry" tabIndex={-1}>
      <p className="entry-meta">
        {mine
          ? need.shared
            ? t('needs.mine.shared')
            : t('needs.mine.private')
          : t('needs.from', { name: author })}{' '}
        · {formatDate(need.createdAt)}
      </p>
      <Folded className="entry-text" text={need.text} />
      {need.showSupport && <SupportCard />}
      <div className="entry-actions">
        {mine && need.thankedBy.length > 0 && (
          <span className="noticed">
            <Icon name="check" size={18} />
            {t('needs.thankedBy', { names: need.thankedBy.map(nameOf).join(', ') })}
          </span>
        )}
        {!mine && thanked && (
          <span className="noticed">
            <Icon name="check" size={18} />
            {t('needs.thanked', { name: author })}
          </span>
        )}
        {!mine && !thanked && (
          <button
            type="button"
            className="secondary"
            disabled={pending}
            aria-label={t('needs.thank.label', { name: author })}
            onClick={() => void thank()}
          >
            {t('needs.thank')}
          </button>
        )}
      </div>
      {mine && (
        <div className="entry-actions">
          {need.shared ? (
            <button
              type="button"
              className="link quiet-action"
              disabled={pending}
              aria-label={t('needs.makePrivate.label', words)}
              onClick={() => void makePrivate()}
            >
              {t('needs.makePrivate')}
            </button>
          ) : (
            <ConfirmAction
              label={t('needs.share')}
              accessibleLabel={t('needs.share.label', words)}
              consequence={t('needs.share.confirm', { circle: circleName })}
              confirmLabel={t('needs.share.yes')}
              cancelLabel={t('needs.share.no')}
              pendingLabel={t('needs.sharing.pending')}
              disabled={pending}
              onConfirm={() => share(true)}
            />
          )}
          <ConfirmAction
            label={t('needs.delete')}
            accessibleLabel={t('needs.delete.label', words)}
            consequence={
              need.shared ? t('needs.delete.confirm.shared') : t('needs.delete.confirm.private')
            }
            confirmLabel={t('needs.delete.yes')}
            pendingLabel={t('common.deleting')}
            disabled={pending}
            onConfirm={async () => {
              const refocus = focusAfterRemoval(item.current);
              await onDelete(need);
              onDone(t('needs.deleted'));
              refocus();
            }}
          />
        </div>
      )}
      <Alert message={error} />
    </li>
  );
}
