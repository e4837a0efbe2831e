import { useId } from 'react';
import { Link } from '../components/Link.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';

/**
 * Shown only to the member whose answers or note suggest fear or harm, in place of anything
 * that looks like a result: calm words and where to find help.
 */
export function SupportPanel() {
  const id = useId();
  return (
    <section className="card support" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('support.title')}</h2>
      <p>{t('support.body')}</p>
      <ul className="support-list">
        <li>{t('support.emergency')}</li>
        <li>{t('support.trusted')}</li>
        <li>{t('support.helpline')}</li>
      </ul>
      <p>
        <Link to={paths.support()}>{t('support.helplines')}</Link>
      </p>
      <p className="muted">{t('support.private')}</p>
    </section>
  );
}
