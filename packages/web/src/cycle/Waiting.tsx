import { useId, useState } from 'react';
import { closeCheckin, type Checkin } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { formatDateTime, t, tn } from '../i18n/index.ts';

interface WaitingProps {
  readonly circleId: string;
  readonly checkinId: string;
  readonly remaining: number;
  readonly openedByMe: boolean;
  /**
   * Whether this member may close it from `closableFrom`: the one who opened it, or, once they
   * have left the circle, anyone who was there when it opened.
   */
  readonly closableByMe: boolean;
  readonly closableFrom: string;
  /** Called with the closed check-in, now showing what was answered. */
  readonly onClosed: (checkin: Checkin) => void;
}

/**
 * After answering, while others still have to: how many, that the answers stay hidden, and a
 * way to close the check-in when the others cannot answer this time.
 */
export function Waiting({
  circleId,
  checkinId,
  remaining,
  openedByMe,
  closableByMe,
  closableFrom,
  onClosed,
}: WaitingProps) {
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();

  const close = async () => {
    setPending(true);
    setError(undefined);
    try {
      onClosed(await closeCheckin(circleId, checkinId));
    } catch (failure) {
      setError(describeError(failure, { conflict: t('checkin.close.tooSoon') }));
      setPending(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('checkin.waiting.title')}</h2>
      <p role="status" className="lead">
        {tn('checkin.waiting', remaining)}
      </p>
      <p className="muted">{t('checkin.waiting.body')}</p>
      {closableByMe && Date.now() >= Date.parse(closableFrom) ? (
        <>
          {!openedByMe && <p className="muted">{t('checkin.close.openerLeft')}</p>}
          <p className="muted">{t('checkin.close.hint')}</p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              disabled={pending}
              onClick={() => void close()}
            >
              {pending ? t('checkin.close.pending') : t('checkin.close.button')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted">
          {t(closableByMe ? 'checkin.close.waitsForYou' : 'checkin.close.waits', {
            when: formatDateTime(closableFrom),
          })}
        </p>
      )}
      <Alert message={error} />
    </section>
  );
}
