import { useId, useState } from 'react';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { reportPaths } from '../router/reports.ts';
import { useSession } from '../session.ts';
import { CountryPicker, countryName } from '../support/CountryPicker.tsx';
import { HelplineItem } from '../support/HelplineItem.tsx';
import { INTERNATIONAL, counsellingFor } from '../support/helplines.ts';
import { browserLanguages, countryFromLanguages } from '../support/region.ts';
import '../reports/reports.css';

/**
 * Talking to a counsellor: what couples, family and team counselling are, how a report can help,
 * and where to find counselling, by country, from the Support page's own sourced data file. Open
 * to everyone, signed in or not; the country chosen is not remembered.
 */
export function CounsellingScreen() {
  const id = useId();
  const { user, currentCircle } = useSession();
  const [country, setCountry] = useState(() => countryFromLanguages(browserLanguages()) ?? '');
  const here = counsellingFor(country);
  return (
    <div className="counselling-screen stack-lg">
      <header className="stack">
        <ScreenTitle>{t('counsel.talk.title')}</ScreenTitle>
        <p className="lead">{t('counsel.talk.intro')}</p>
      </header>

      <section className="card stack" aria-labelledby={`${id}-kinds`}>
        <h2 id={`${id}-kinds`}>{t('counsel.talk.kinds')}</h2>
        <h3>{t('counsel.talk.couple.title')}</h3>
        <p>{t('counsel.talk.couple.body')}</p>
        <h3>{t('counsel.talk.family.title')}</h3>
        <p>{t('counsel.talk.family.body')}</p>
        <h3>{t('counsel.talk.team.title')}</h3>
        <p>{t('counsel.talk.team.body')}</p>
      </section>

      <section className="card stack" aria-labelledby={`${id}-report`}>
        <h2 id={`${id}-report`}>{t('counsel.talk.report.title')}</h2>
        <p>{t('counsel.talk.report.body')}</p>
        {user && currentCircle && (
          <p>
            <Link to={reportPaths.report(currentCircle.id)}>
              {t('counsel.talk.report.link', { name: currentCircle.name })}
            </Link>
          </p>
        )}
      </section>

      <section className="card stack" aria-labelledby={`${id}-find`}>
        <h2 id={`${id}-find`}>{t('counsel.talk.find.title')}</h2>
        <p>{t('counsel.talk.find.body')}</p>
        <CountryPicker value={country} onChange={setCountry} />
        {here.length > 0 && (
          <>
            <h3>{countryName(country)}</h3>
            <ul className="helplines">
              {here.map((line) => (
                <HelplineItem key={line.name} line={line} />
              ))}
            </ul>
          </>
        )}
        <ul className="helplines">
          {INTERNATIONAL.map((line) => (
            <HelplineItem key={line.name} line={line} />
          ))}
        </ul>
        <p>
          <Link to={paths.support()}>{t('counsel.talk.support')}</Link>
        </p>
      </section>
    </div>
  );
}
