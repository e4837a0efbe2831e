import { useId } from 'react';
import { t } from '../i18n/index.ts';
import { Link } from './Link.tsx';
import { paths } from '../router.ts';
import './support-card.css';

/**
 * A quiet note under something a member wrote, when the server marked it `showSupport` (it
 * does so only for the writer): a link to the Support page, nothing more.
 */
export function SupportCard() {
  const id = useId();
  return (
    <aside className="support-card" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="support-card-title">
        {t('supportCard.title')}
      </p>
      <p>{t('supportCard.body')}</p>
      <Link to={paths.support()}>{t('supportCard.link')}</Link>
    </aside>
  );
}
