import { useState } from 'react';
import type { Need } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { formatDate, t } from '../i18n/index.ts';
import { SupportCard } from '../support/SupportCard.tsx';

interface NeedItemProps {
  readonly need: Need;
  readonly me: string;
  readonly nameOf: (memberId: string) => string;
  readonly onThank: (need: Need) => Promise<void>;
}

/** One need: the author sees who it is shared with; others can thank them for telling. */
export function NeedItem({ need, me, nameOf, onThank }: NeedItemProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const mine = need.authorMemberId === me;
  const author = nameOf(need.authorMemberId);
  const thanked = need.thankedBy.includes(me);

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

  return (
    <li className="entry">
      <p className="entry-meta">
        {mine
          ? need.shared
            ? t('needs.mine.shared')
            : t('needs.mine.private')
          : t('needs.from', { name: author })}{' '}
        · {formatDate(need.createdAt)}
      </p>
      <p className="entry-text">{need.text}</p>
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
      <Alert message={error} />
    </li>
  );
}
