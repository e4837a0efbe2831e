import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';

export function NotFoundScreen() {
  return (
    <div className="card">
      <ScreenTitle>{t('notFound.title')}</ScreenTitle>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home()}>{t('circle.backHome')}</Link>
      </p>
    </div>
  );
}
