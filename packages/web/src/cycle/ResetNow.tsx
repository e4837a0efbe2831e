import { useState } from 'react';
import { logRupture, type Rupture } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';

/** One tap after a heated moment: logs it and reaches out to repair, in one go. */
export function ResetNow({
  circleId,
  onReset,
}: {
  readonly circleId: string;
  readonly onReset: (rupture: Rupture) => void;
}) {
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();

  const reset = async () => {
    if (pending) return;
    setPending(true);
    setDone('');
    setError(undefined);
    try {
      onReset(await logRupture(circleId, { notePrivate: false, reachOut: true }));
      setDone(t('repair.reset.done'));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="card stack">
      <div className="reset-now">
        <button type="button" className="primary with-icon" onClick={() => void reset()}>
          <Icon name="repair" size={20} />
          {pending ? t('repair.reset.pending') : t('repair.reset.now')}
        </button>
        <p className="muted">{t('repair.reset.now.hint')}</p>
      </div>
      <p role="status" className="done">
        {done}
      </p>
      <Alert message={error} />
    </div>
  );
}
