import { useId } from 'react';
import { Icon } from '../components/Icon.tsx';
import { t } from '../i18n/index.ts';

/** The last step: what tapping "I noticed" does, with a still picture of how it looks. */
export function NoticedExplainer() {
  const id = useId();
  return (
    <>
      <p>{t('firstRun.noticed.body')}</p>
      <figure className="noticed-example" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`} className="muted">
          {t('firstRun.noticed.example')}
        </figcaption>
        <div className="noticed-example-act">
          <Icon name="practical" size={24} />
          <span className="noticed-example-text">
            <strong>{t('firstRun.noticed.exampleAct')}</strong>
            <span className="muted">{t('firstRun.noticed.exampleFrom')}</span>
          </span>
          <span className="noticed-example-chip">
            <Icon name="check" size={16} />
            {t('firstRun.noticed.exampleButton')}
          </span>
        </div>
      </figure>
      <p>{t('firstRun.noticed.why')}</p>
      <p className="muted">{t('firstRun.noticed.private')}</p>
    </>
  );
}
