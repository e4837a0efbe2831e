import { useId, useState } from 'react';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { GuidesAside } from '../components/GuidesAside.tsx';
import { t } from '../i18n/index.ts';
import { CountryPicker, countryName } from '../support/CountryPicker.tsx';
import { HelplineItem } from '../support/HelplineItem.tsx';
import { INTERNATIONAL, helplinesFor } from '../support/helplines.ts';
import { browserLanguages, countryFromLanguages } from '../support/region.ts';

/**
 * Support: what recipro can and cannot do, and help lines for the country the browser's
 * languages point to, with a picker to change it. Open to everyone, signed in or not. The
 * chosen country is not remembered, so the device keeps no trace of the visit beyond history.
 */
export function SupportScreen() {
  const [country, setCountry] = useState(() => countryFromLanguages(browserLanguages()) ?? '');
  const here = helplinesFor(country);
  const id = useId();
  return (
    <div className="support-screen stack-lg">
      <header className="stack">
        <ScreenTitle>{t('supportPage.title')}</ScreenTitle>
        <p className="lead">{t('supportPage.intro')}</p>
      </header>

      <section className="card support-emergency" aria-labelledby={`${id}-emergency`}>
        <h2 id={`${id}-emergency`}>{t('supportPage.emergency.title')}</h2>
        <p>
          {here
            ? t('supportPage.emergency.body', {
                number: here.emergency,
                country: countryName(here.country),
              })
            : t('supportPage.emergency.anywhere')}
        </p>
      </section>

      <section className="card" aria-labelledby={`${id}-lines`}>
        <h2 id={`${id}-lines`}>{t('supportPage.lines.title')}</h2>
        <CountryPicker value={country} onChange={setCountry} />
        {here ? (
          <>
            <h3>{countryName(here.country)}</h3>
            <ul className="helplines">
              {here.lines.map((line) => (
                <HelplineItem key={line.name} line={line} />
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('supportPage.country.none')}</p>
        )}
        <h3>{t('supportPage.international.title')}</h3>
        <ul className="helplines">
          {INTERNATIONAL.map((line) => (
            <HelplineItem key={line.name} line={line} />
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby={`${id}-can`}>
        <h2 id={`${id}-can`}>{t('supportPage.can.title')}</h2>
        <ul className="support-list">
          <li>{t('supportPage.can.notEmergency')}</li>
          <li>{t('supportPage.can.notTherapy')}</li>
          <li>{t('supportPage.can.private')}</li>
          <li>{t('supportPage.can.who')}</li>
        </ul>
      </section>

      <section className="card" aria-labelledby={`${id}-privacy`}>
        <h2 id={`${id}-privacy`}>{t('supportPage.privacy.title')}</h2>
        <ul className="support-list">
          <li>{t('supportPage.privacy.exit')}</li>
          <li>{t('supportPage.privacy.history')}</li>
        </ul>
      </section>

      <GuidesAside from="support" />
    </div>
  );
}
