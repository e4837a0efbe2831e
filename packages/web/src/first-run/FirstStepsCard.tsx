import { useId } from 'react';
import { Link } from '../components/Link.tsx';
import { t, type MessageKey } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { currentStep, type FirstRunStep } from './progress.ts';
import { useFirstRun } from './useFirstRun.ts';
import './first-run.css';

const NEXT: Readonly<Record<FirstRunStep, MessageKey>> = {
  circle: 'firstRun.card.next.circle',
  invite: 'firstRun.card.next.invite',
  act: 'firstRun.card.next.act',
  noticed: 'firstRun.card.next.noticed',
};

/**
 * On the home, for someone who left the first-run path part-way without saying "Not now": where
 * they stand and a way back in. The step is read from their data, so it is right on any device.
 */
export function FirstStepsCard() {
  const id = useId();
  const { state } = useFirstRun();
  if (state.status !== 'ready') return null;
  const step = currentStep(state.data.facts);
  return (
    <section className="card first-steps-card" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>{t('firstRun.card.title')}</h2>
        <p className="muted">{t(NEXT[step])}</p>
      </div>
      <Link to={paths.firstRun()} className="primary button-link">
        {t('firstRun.card.continue')}
      </Link>
    </section>
  );
}
