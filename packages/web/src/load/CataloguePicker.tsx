import type { CircleKind } from '@recipro/core';
import { useState } from 'react';
import { addFromCatalogue, type CatalogueItem } from '../api-load.ts';
import { catalogueTitle } from './titles.ts';
import { t, tn } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { areaLabel, frequencyLabel } from './labels.ts';
import { useAction } from '../hooks/useAction.ts';

interface CataloguePickerProps {
  readonly circleId: string;
  readonly kind: CircleKind;
  /** Catalogue items the circle does not have yet. */
  readonly items: readonly CatalogueItem[];
  readonly open: boolean;
  readonly onChanged: () => Promise<void>;
}

/** The built-in list of common responsibilities: tick the ones that fit, add them at once. */
export function CataloguePicker({ circleId, kind, items, open, onChanged }: CataloguePickerProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const { busy, done, error, run, setError } = useAction();
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const add = async () => {
    const ids = items.map((item) => item.id).filter((id) => chosen.has(id));
    if (ids.length === 0) {
      setError(t('load.catalogue.nothingChosen'));
      return;
    }
    const ok = await run(
      async () => {
        await addFromCatalogue(circleId, ids);
        await onChanged();
      },
      tn('load.catalogue.added', ids.length),
    );
    if (ok) setChosen(new Set());
  };
  return (
    <div>
      <details className="more card-more" open={open}>
        <summary>{t('load.catalogue.open')}</summary>
        {items.length === 0 ? (
          <p className="muted">{t('load.catalogue.allAdded')}</p>
        ) : (
          <form
            className="stack"
            onSubmit={(event) => {
              event.preventDefault();
              void add();
            }}
          >
            <fieldset className="catalogue">
              <legend>{t(`load.catalogue.legend.${kind}`)}</legend>
              <ul className="catalogue-list">
                {items.map((item) => (
                  <li key={item.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={chosen.has(item.id)}
                        onChange={(event) => toggle(item.id, event.target.checked)}
                      />
                      <span>
                        {catalogueTitle(item.id, item.title)}
                        <span className="muted check-meta">
                          {' '}
                          · {areaLabel(item.area)} · {frequencyLabel(item.frequency)}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
            <div className="actions">
              <button type="submit" className="secondary" disabled={busy}>
                {t('load.catalogue.add')}
              </button>
            </div>
          </form>
        )}
      </details>
      <Feedback done={done} error={error} />
    </div>
  );
}
