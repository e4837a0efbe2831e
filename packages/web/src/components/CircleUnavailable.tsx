import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { Alert } from './Alert.tsx';
import { Link } from './Link.tsx';
import { ScreenTitle } from './ScreenTitle.tsx';

/**
 * What a circle's screen shows when the circle cannot be read: not found (never there, or no
 * longer yours) or the error that stopped it, and the way home.
 */
export function CircleUnavailable({
  error,
  missing,
}: {
  readonly error: unknown;
  readonly missing: boolean;
}) {
  return (
    <div className="card">
      <ScreenTitle>{t('circle.notFound.title')}</ScreenTitle>
      {missing ? <p>{t('circle.notFound.body')}</p> : <Alert message={describeError(error)} />}
      <p>
        <Link to={paths.home()}>{t('circle.backHome')}</Link>
      </p>
    </div>
  );
}
