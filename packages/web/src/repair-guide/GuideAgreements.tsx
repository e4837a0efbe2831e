import { useId, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { memberNamer } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { Icon } from '../components/Icon.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { agreeInGuide, type RepairGuide } from './api.ts';

/**
 * The agreement step, read together: each proposal, who proposed it, whether everyone is in on
 * it, and the reader's own "I'm in" on the others' proposals (each their own to say).
 */
export function GuideAgreements({
  circle,
  guide,
  onChange,
}: {
  readonly circle: CircleDetail;
  readonly guide: RepairGuide;
  readonly onChange: (guide: RepairGuide) => void;
}) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const me = circle.myMemberId;
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState<string>();
  const mine = guide.mine?.agreesWith ?? [];
  const textOf = (memberId: string) =>
    guide.answers?.find((a) => a.memberId === memberId)?.agreement ?? '';

  const toggle = async (proposedBy: string) => {
    if (pending) return;
    setPending(true);
    setSaved('');
    setError(undefined);
    const next = mine.includes(proposedBy)
      ? mine.filter((x) => x !== proposedBy)
      : [...mine, proposedBy];
    try {
      onChange(await agreeInGuide(circle.id, guide.ruptureId, next));
      setSaved(t('repairGuide.agreement.saved'));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  const agreements = guide.agreements ?? [];
  return (
    <section className="card stack guide-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('repairGuide.agreement.title')}</h2>
      {agreements.length === 0 ? (
        <p className="muted">{t('repairGuide.agreement.none')}</p>
      ) : (
        <>
          <p className="muted">{t('repairGuide.agreement.intro')}</p>
          <ul className="guide-agreements">
            {agreements.map((agreement) => {
              const proposal = textOf(agreement.proposedBy);
              const own = agreement.proposedBy === me;
              return (
                <li key={agreement.proposedBy} className="guide-agreement">
                  <p className="guide-text guide-proposal" dir="auto">
                    {proposal}
                  </p>
                  <p className="hint">
                    {own
                      ? t('repairGuide.agreement.byYou')
                      : t('repairGuide.agreement.by', { name: nameOf(agreement.proposedBy) })}
                  </p>
                  <div className="actions">
                    {!own && (
                      <button
                        type="button"
                        className="secondary"
                        aria-pressed={mine.includes(agreement.proposedBy)}
                        aria-label={t('repairGuide.agreement.in.label', { proposal })}
                        disabled={pending}
                        onClick={() => void toggle(agreement.proposedBy)}
                      >
                        {t('repairGuide.agreement.in')}
                      </button>
                    )}
                    {agreement.agreed ? (
                      <span className="noticed with-icon">
                        <Icon name="check" size={18} />
                        {t('repairGuide.agreement.agreed')}
                      </span>
                    ) : (
                      <span className="muted">{t('repairGuide.agreement.notYet')}</span>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" className="done">
        {saved}
      </p>
      <Alert message={error} />
    </section>
  );
}
