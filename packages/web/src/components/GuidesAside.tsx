import { Link } from './Link.tsx';
import { t } from '../i18n/index.ts';
import { guidePaths } from '../router/guides.ts';
import './guides.css';

/** The way to Guides from Settings and from Support: one quiet line and a link. */
export function GuidesAside({ from }: { readonly from: 'settings' | 'support' }) {
  return (
    <p className="card guides-aside">
      {t(from === 'settings' ? 'guides.aside.settings' : 'guides.aside.support')}{' '}
      <Link to={guidePaths.list()}>{t('guides.aside.go')}</Link>
    </p>
  );
}
