import type { ResponsibilityArea } from '@recipro/core';
import { useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { setMyLoadView, type LoadOverview } from '../api-load.ts';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/index.ts';
import { AreaChoices } from './AreaChoices.tsx';
import { Feedback } from '../components/Feedback.tsx';
import { formatShare } from './labels.ts';
import { useAction } from '../hooks/useAction.ts';

interface PerceivedPanelProps {
  readonly circle: CircleDetail;
  readonly load: LoadOverview;
  readonly onChanged: () => Promise<void>;
}

/** What I feel I carry, beside what the inventory adds up to for me; and my own say. */
export function PerceivedPanel({ circle, load, onChanged }: PerceivedPanelProps) {
  const me = circle.myMemberId;
  const mine = load.mine.perceivedShare;
  const [value, setValue] = useState(mine === null ? '' : String(mine));
  const [prefers, setPrefers] = useState<ReadonlySet<ResponsibilityArea>>(
    new Set(load.mine.prefers),
  );
  const [cannot, setCannot] = useState<ReadonlySet<ResponsibilityArea>>(new Set(load.mine.cannot));
  const [valueError, setValueError] = useState<string>();
  const { busy, done, error, run } = useAction();

  // Only my own line: what another member feels they carry is theirs (docs/voice.md).
  const line = (perceived: number | null, inventory: number) => {
    const params = { inventory: formatShare(inventory) };
    if (perceived === null) return t('load.perceived.notSaidYou', params);
    return t('load.perceived.lineYou', { ...params, perceived: formatShare(perceived) });
  };

  const save = async () => {
    const trimmed = value.trim();
    const number = trimmed === '' ? null : Number(trimmed);
    if (number !== null && (!Number.isInteger(number) || number < 0 || number > 100)) {
      setValueError(t('load.perceived.range'));
      return;
    }
    setValueError(undefined);
    await run(async () => {
      await setMyLoadView(circle.id, {
        perceivedShare: number,
        prefers: [...prefers],
        cannot: [...cannot],
      });
      await onChanged();
    }, t('load.perceived.saved'));
  };

  return (
    <section className="card stack" aria-labelledby="perceived-title">
      <h2 id="perceived-title">{t('load.perceived.title')}</h2>
      <p className="muted">{t('load.perceived.intro')}</p>
      <ul className="plain-list">
        {load.perceived
          .filter((p) => p.memberId === me)
          .map((p) => (
            <li key={p.memberId}>{line(p.perceived, p.inventory)}</li>
          ))}
      </ul>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field
          label={t('load.perceived.mine')}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={value}
          error={valueError}
          className="short-input"
          onChange={(event) => setValue(event.target.value)}
        />
        <details className="more">
          <summary>{t('load.perceived.areas')}</summary>
          <AreaChoices
            legend={t('load.perceived.prefers')}
            name="prefers"
            value={prefers}
            onChange={setPrefers}
          />
          <AreaChoices
            legend={t('load.perceived.cannot')}
            name="cannot"
            value={cannot}
            onChange={setCannot}
          />
        </details>
        <div className="actions">
          <button type="submit" className="secondary" disabled={busy}>
            {t('load.perceived.save')}
          </button>
        </div>
      </form>
      <Feedback done={done} error={error} />
    </section>
  );
}
