import { CARE_LANGUAGES, type CareLanguage } from '@recipro/core';
import { useEffect, useId, useRef, useState } from 'react';
import { getCareLanguages, setCareLanguages } from '../api-balance.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { languageLabel } from './labels.ts';
import { LanguageRow } from './LanguageRow.tsx';

/** The ranking as saved, completed with the languages not ranked yet in their usual order. */
const complete = (ranked: readonly CareLanguage[]): CareLanguage[] => [
  ...ranked,
  ...CARE_LANGUAGES.filter((language) => !ranked.includes(language)),
];

/**
 * The signed-in member ranks the care languages they value, most valued first, with up and down
 * buttons (no dragging): keyboard and screen-reader friendly, and focus stays on the moved item.
 */
export function CareLanguagesEditor() {
  const id = useId();
  const [order, setOrder] = useState<CareLanguage[]>(complete([]));
  const [loaded, setLoaded] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusNext, setFocusNext] = useState<{ language: CareLanguage; dir: 'up' | 'down' }>();

  useEffect(() => {
    let live = true;
    getCareLanguages().then(
      (ranked) => {
        if (!live) return;
        setOrder(complete(ranked));
        setLoaded(true);
      },
      (failure: unknown) => live && setError(describeError(failure)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!focusNext) return;
    const { language, dir } = focusNext;
    const wanted = buttons.current.get(`${language}-${dir}`);
    const other = buttons.current.get(`${language}-${dir === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [focusNext, order]);

  const move = (language: CareLanguage, by: -1 | 1) => {
    const from = order.indexOf(language);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    const next = [...order];
    next[from] = next[to] as CareLanguage;
    next[to] = language;
    setOrder(next);
    setDirty(true);
    setFocusNext({ language, dir: by < 0 ? 'up' : 'down' });
    setStatus(t('languages.moved', { name: languageLabel(language), place: to + 1 }));
  };

  const save = async () => {
    setPending(true);
    setError(undefined);
    try {
      const saved = complete(await setCareLanguages(order));
      setOrder(saved);
      setDirty(false);
      setStatus(t('languages.saved', { top: saved.slice(0, 3).map(languageLabel).join(', ') }));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="card languages" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('languages.title')}</h2>
      <p className="muted">{t('languages.intro')}</p>
      <p className="muted">{t('culture.note')}</p>
      <ol className="language-list" aria-labelledby={`${id}-title`} aria-busy={!loaded}>
        {order.map((language, index) => (
          <LanguageRow
            key={language}
            language={language}
            place={index + 1}
            count={order.length}
            onMove={move}
            buttonRef={(dir, element) => {
              if (element) buttons.current.set(`${language}-${dir}`, element);
              else buttons.current.delete(`${language}-${dir}`);
            }}
          />
        ))}
      </ol>
      <p role="status" className="done">
        {status}
      </p>
      <Alert message={error} />
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={pending || !loaded}
          onClick={() => void save()}
        >
          {pending ? t('languages.pending') : t('languages.save')}
        </button>
        {dirty && <span className="muted">{t('languages.unsaved')}</span>}
      </div>
      <GuideLinks place="balance.languages" />
    </section>
  );
}
