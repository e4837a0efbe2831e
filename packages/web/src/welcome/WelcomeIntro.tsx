import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { WelcomePicture } from './WelcomePicture.tsx';
import './welcome.css';

const POINTS = [
  ['welcome.point.small.title', 'welcome.point.small.body'],
  ['welcome.point.rhythm.title', 'welcome.point.rhythm.body'],
  ['welcome.point.private.title', 'welcome.point.private.body'],
] as const;

/** What recipro is and is not, for someone who has never heard of it, then the way in. */
export function WelcomeIntro() {
  return (
    <div className="welcome">
      <div className="welcome-hero">
        <div className="stack">
          <ScreenTitle>{t('welcome.title')}</ScreenTitle>
          <p className="lead">{t('welcome.lead')}</p>
          <div className="welcome-actions">
            <Link to={paths.signUp()} className="primary button-link">
              {t('welcome.signUp')}
            </Link>
            <Link to={paths.signIn()} className="secondary button-link">
              {t('welcome.signIn')}
            </Link>
          </div>
          <div className="welcome-language">
            <LanguagePicker />
          </div>
        </div>
        <WelcomePicture />
      </div>
      <ul className="welcome-points" aria-label={t('welcome.points')}>
        {POINTS.map(([title, body]) => (
          <li key={title} className="card">
            <h2>{t(title)}</h2>
            <p className="muted">{t(body)}</p>
          </li>
        ))}
      </ul>
      <p className="welcome-not">{t('welcome.not')}</p>
    </div>
  );
}
