import { Link } from '../components/Link.tsx';
import { t } from '../i18n/index.ts';
import { paths, useLocation } from '../router.ts';
import { QuickExitButton } from './QuickExitButton.tsx';
import { useDoubleEscapeExit } from './quickExit.ts';
import './support.css';

/**
 * In the header of every screen, signed in or not: the way to Support and Quick exit (also
 * Esc pressed twice).
 */
export function SafetyLinks() {
  useDoubleEscapeExit();
  const here = useLocation().split('?')[0];
  return (
    <div className="safety-links">
      <Link
        to={paths.support()}
        className="support-link"
        aria-current={here === paths.support() ? 'page' : undefined}
      >
        {t('header.support')}
      </Link>
      <QuickExitButton />
    </div>
  );
}
