import { isLocale } from '@recipro/core';
import { useState } from 'react';
import { updateAccount } from '../api-account.ts';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { t } from '../i18n/index.ts';
import { useSession } from '../session.ts';

/** The language recipro speaks to this person, kept with their account for every device. */
export function LanguagePanel() {
  const { setUser } = useSession();
  const [notKept, setNotKept] = useState(false);
  return (
    <section className="card stack" aria-label={t('language.label')}>
      <LanguagePicker
        hint={t('language.kept')}
        onChosen={(locale) => {
          setNotKept(false);
          if (!isLocale(locale)) return;
          updateAccount({ locale }).then(setUser, () => setNotKept(true));
        }}
      />
      <p role="status" className={notKept ? 'field-error' : undefined}>
        {notKept ? t('language.notKept') : ''}
      </p>
    </section>
  );
}
