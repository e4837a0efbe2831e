import { useState } from 'react';
import { repairRupture, type Rupture } from '../api-cycle.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';

/** After reading together: one's own "repaired for me", when it is not said yet. */
export function RepairedForMe({
  circleId,
  me,
  rupture,
  onRepaired,
}: {
  readonly circleId: string;
  readonly me: string;
  readonly rupture: Rupture;
  readonly onRepaired: (rupture: Rupture) => void;
}) {
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();
  const said = rupture.repairedBy.includes(me);
  if ((said || rupture.repairedAt !== null) && !done) return null;

  const say = async () => {
    setPending(true);
    setError(undefined);
    try {
      onRepaired(await repairRupture(circleId, rupture.id));
      setDone(t('repairGuide.repaired.done'));
    } catch (failure) {
      setError(describeError(failure, { conflict: t('repair.item.alreadyRepaired') }));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card stack guide-card">
      {!said && (
        <>
          <p>{t('repairGuide.repaired.hint')}</p>
          <button type="button" className="secondary" disabled={pending} onClick={() => void say()}>
            {t('repair.item.repaired')}
          </button>
        </>
      )}
      <p role="status" className="done">
        {done}
      </p>
      <Alert message={error} />
    </section>
  );
}
