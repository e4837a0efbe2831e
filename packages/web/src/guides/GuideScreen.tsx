import { useId } from 'react';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { guideById, guideKeys, isGuideId } from '../components/guide-catalogue.ts';
import { guideText } from './guide-text.ts';
import { guidePaths } from '../router/guides.ts';
import '../components/guides.css';

/** One guide: its paragraphs, one small thing to try, and where its ideas come from. */
export function GuideScreen({ guideId }: { readonly guideId: string }) {
  const id = useId();
  if (!isGuideId(guideId)) {
    return (
      <div className="card">
        <ScreenTitle>{t('guides.notFound.title')}</ScreenTitle>
        <p>{t('guides.notFound.body')}</p>
        <p>
          <Link to={guidePaths.list()}>{t('guides.back')}</Link>
        </p>
      </div>
    );
  }
  const guide = guideById(guideId);
  const keys = guideKeys(guideId);
  return (
    <article className="guide-article">
      <p className="guide-back">
        <Link to={guidePaths.list()}>{t('guides.back')}</Link>
      </p>
      <header className="guide-header">
        <p className="muted guide-time">{t('guides.readTime')}</p>
        <ScreenTitle>{guideText(keys.title)}</ScreenTitle>
        <p className="lead">{guideText(keys.lead)}</p>
      </header>
      <div className="guide-body">
        {keys.paragraphs.map((key) => (
          <p key={key}>{guideText(key)}</p>
        ))}
      </div>
      <section className="guide-try" aria-labelledby={`${id}-try`}>
        <h2 id={`${id}-try`}>{t('guides.tryThis')}</h2>
        <p>{guideText(keys.tryThis)}</p>
      </section>
      <section className="guide-sources" aria-labelledby={`${id}-sources`}>
        <h2 id={`${id}-sources`}>{t('guides.sources')}</h2>
        <ul>
          {guide.sources.map((source) => (
            <li key={source.title}>
              {t('guides.source', {
                authors: source.who,
                year: String(source.year),
                title: source.title,
                where: source.where,
              })}
            </li>
          ))}
        </ul>
        <p className="muted">{t('guides.notTherapy')}</p>
        <p>
          <Link to={paths.support()}>{t('guides.support')}</Link>
        </p>
      </section>
    </article>
  );
}
