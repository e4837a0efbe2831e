import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { GUIDES, guideKeys } from '../components/guide-catalogue.ts';
import { guideText } from './guide-text.ts';
import { guidePaths } from '../router/guides.ts';
import { paths } from '../router.ts';
import '../components/guides.css';

/** Guides: every short guide, each with its one-line lead. */
export function GuidesScreen() {
  return (
    <div className="guides stack-lg">
      <header className="stack">
        <ScreenTitle>{t('guides.title')}</ScreenTitle>
        <p className="lead">{t('guides.intro')}</p>
      </header>
      <ul className="guide-list" aria-label={t('guides.list')}>
        {GUIDES.map((guide) => {
          const keys = guideKeys(guide.id);
          return (
            <li key={guide.id} className="card guide-card">
              <h2>
                <Link to={guidePaths.guide(guide.id)}>{guideText(keys.title)}</Link>
              </h2>
              <p>{guideText(keys.lead)}</p>
              <p className="muted guide-time">{t('guides.readTime')}</p>
            </li>
          );
        })}
      </ul>
      <section className="card guide-card" aria-labelledby="guides-first-steps">
        <h2 id="guides-first-steps">
          <Link to={paths.firstRun()}>{t('guides.firstSteps')}</Link>
        </h2>
        <p>{t('guides.firstSteps.lead')}</p>
      </section>
    </div>
  );
}
