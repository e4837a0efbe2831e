import { useId } from 'react';
import type { CircleDetail } from '../api.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { Icon } from './Icon.tsx';
import { Link } from './Link.tsx';
import { otherMembers } from './names.ts';

interface NextStepsProps {
  readonly circle: CircleDetail;
  /** On the circle's home the steps are done on the same page; elsewhere a link leads there. */
  readonly onCircleHome: boolean;
}

/**
 * What to do next in a circle where nothing has been logged yet, in place of summaries and charts
 * that would have nothing to show: invite (or let in), log a first act, notice.
 */
export function NextSteps({ circle, onCircleHome }: NextStepsProps) {
  const id = useId();
  const joined = otherMembers(circle).length > 0;
  const steps: { readonly key: MessageKey; readonly done: boolean; readonly hint?: MessageKey }[] =
    [
      joined
        ? { key: 'nextSteps.invite', done: true }
        : circle.pendingMembers.length > 0
          ? { key: 'nextSteps.letIn', done: false }
          : {
              key: 'nextSteps.invite',
              done: false,
              ...(onCircleHome ? { hint: 'nextSteps.invite.here' as const } : {}),
            },
      { key: joined ? 'nextSteps.log' : 'nextSteps.log.waiting', done: false },
      { key: 'nextSteps.notice', done: false },
    ];
  return (
    <section className="card next-steps" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('nextSteps.title')}</h2>
      <p className="muted">{t(onCircleHome ? 'nextSteps.intro' : 'nextSteps.balanceIntro')}</p>
      <ol className="next-steps-list">
        {steps.map((step, index) => (
          <li key={step.key} className={step.done ? 'done' : undefined}>
            <span className="next-steps-mark" aria-hidden="true">
              {step.done ? <Icon name="check" size={16} /> : index + 1}
            </span>
            <span>
              {t(step.key)}
              {step.done && <span className="next-steps-done"> ({t('nextSteps.done')})</span>}
              {step.hint && <span className="hint next-steps-hint">{t(step.hint)}</span>}
            </span>
          </li>
        ))}
      </ol>
      {!onCircleHome && (
        <Link to={paths.circle(circle.id)} className="primary button-link">
          {t('nextSteps.toCircle')}
        </Link>
      )}
    </section>
  );
}
