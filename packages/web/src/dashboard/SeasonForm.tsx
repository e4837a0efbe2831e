import { SEASON_KINDS, type SeasonKind } from '@recipro/core';
import { useState, type FormEvent } from 'react';
import type { CircleDetail } from '../api.ts';
import { declareSeason } from '../api-balance.ts';
import { Alert } from '../components/Alert.tsx';
import { Field } from '../components/Field.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { seasonKindLabel } from './labels.ts';
import { SelectField } from '../components/SelectField.tsx';

interface SeasonFormProps {
  readonly circle: CircleDetail;
  readonly onDeclared: (message: string) => Promise<void>;
}

/** Today as yyyy-mm-dd in the person's own time zone, for a date input. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Declare a season for a member of the circle, from a chosen day, with an optional note. */
export function SeasonForm({ circle, onDeclared }: SeasonFormProps) {
  const [memberId, setMemberId] = useState(circle.myMemberId);
  const [kind, setKind] = useState<SeasonKind>('illness');
  const [startsOn, setStartsOn] = useState(today);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [startError, setStartError] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const start = new Date(`${startsOn}T00:00:00`);
    if (!startsOn || Number.isNaN(start.getTime())) {
      setStartError(t('balance.seasons.startRequired'));
      return;
    }
    setStartError(undefined);
    setPending(true);
    setError(undefined);
    try {
      await declareSeason(circle.id, {
        memberId,
        kind,
        startsAt: start.toISOString(),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setNote('');
      const name = circle.members.find((m) => m.id === memberId)?.name ?? '';
      await onDeclared(t('balance.seasons.declared', { kind: seasonKindLabel(kind), name }));
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="stack season-form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{t('balance.seasons.declare')}</h3>
      <SelectField
        label={t('balance.seasons.who')}
        value={memberId}
        options={circle.members.map((m) => ({ value: m.id, label: m.name }))}
        onChange={setMemberId}
      />
      <SelectField
        label={t('balance.seasons.kind')}
        value={kind}
        options={SEASON_KINDS.map((k) => ({ value: k, label: seasonKindLabel(k) }))}
        onChange={setKind}
      />
      <Field
        label={t('balance.seasons.starts')}
        type="date"
        value={startsOn}
        max={today()}
        error={startError}
        onChange={(event) => setStartsOn(event.target.value)}
      />
      <Field
        label={`${t('balance.seasons.note')} ${t('common.optional')}`}
        value={note}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
      />
      <Alert message={error} />
      <button type="submit" className="primary" disabled={pending}>
        {pending ? t('balance.seasons.pending') : t('balance.seasons.submit')}
      </button>
    </form>
  );
}
