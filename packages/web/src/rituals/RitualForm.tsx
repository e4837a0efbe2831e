import { RITUAL_DEFAULTS, RITUAL_KINDS, type RitualKind } from '@recipro/core';
import { useState } from 'react';
import type { CircleDetail } from '../api.ts';
import { createRitual } from '../api-load.ts';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../dashboard/SelectField.tsx';
import { t } from '../i18n/index.ts';
import { Feedback } from '../load/Feedback.tsx';
import { useAction } from '../load/useAction.ts';
import { fromRrule, toRrule, type Schedule } from './schedule.ts';
import { SchedulePicker } from './SchedulePicker.tsx';
import { TimeZoneField } from './TimeZoneField.tsx';
import { browserTimeZone } from './timezones.ts';

const kindTitle = (kind: RitualKind) => t(`rituals.kind.${kind}`);

interface RitualFormProps {
  readonly circle: CircleDetail;
  readonly onChanged: () => Promise<void>;
}

/** Starts a ritual: which one, how often, at what time in which zone, and who takes part. */
export function RitualForm({ circle, onChanged }: RitualFormProps) {
  const [kind, setKind] = useState<RitualKind>('appreciation');
  const [title, setTitle] = useState(kindTitle('appreciation'));
  const [schedule, setSchedule] = useState<Schedule>(fromRrule(RITUAL_DEFAULTS.appreciation.rrule));
  const [time, setTime] = useState(RITUAL_DEFAULTS.appreciation.time);
  const [zone, setZone] = useState(browserTimeZone);
  const [who, setWho] = useState<ReadonlySet<string>>(new Set(circle.members.map((m) => m.id)));
  const [problems, setProblems] = useState<{ title?: string; days?: string; who?: string }>({});
  const { busy, done, error, run } = useAction();

  const chooseKind = (next: RitualKind) => {
    setKind(next);
    setTitle(next === 'custom' ? '' : kindTitle(next));
    setSchedule(fromRrule(RITUAL_DEFAULTS[next].rrule));
    setTime(RITUAL_DEFAULTS[next].time);
  };

  const submit = async () => {
    const name = title.trim();
    const found = {
      ...(name ? {} : { title: t('rituals.new.nameRequired') }),
      ...(schedule.often === 'weekly' && schedule.days.length === 0
        ? { days: t('rituals.new.noDays') }
        : {}),
      ...(who.size === 0 ? { who: t('rituals.new.nobody') } : {}),
    };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await run(
      async () => {
        await createRitual(circle.id, {
          kind,
          title: name,
          rrule: toRrule(schedule),
          time,
          timezone: zone,
          memberIds: circle.members.map((m) => m.id).filter((id) => who.has(id)),
        });
        await onChanged();
      },
      t('rituals.new.started', { title: name }),
    );
  };

  return (
    <section className="card stack" aria-labelledby="new-ritual-title">
      <h2 id="new-ritual-title">{t('rituals.new.title')}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label={t('rituals.new.kind')}
          value={kind}
          options={RITUAL_KINDS.map((value) => ({ value, label: kindTitle(value) }))}
          onChange={chooseKind}
        />
        <Field
          label={t('rituals.new.name')}
          value={title}
          maxLength={200}
          error={problems.title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <SchedulePicker value={schedule} onChange={setSchedule} daysError={problems.days} />
        <div className="field-row">
          <Field
            label={t('rituals.new.time')}
            type="time"
            required
            value={time}
            className="short-input"
            onChange={(event) => event.target.value && setTime(event.target.value)}
          />
          <TimeZoneField label={t('rituals.new.zone')} value={zone} onChange={setZone} />
        </div>
        <fieldset
          className="chips"
          aria-describedby={problems.who ? 'ritual-who-error' : undefined}
        >
          <legend>{t('rituals.new.who')}</legend>
          {circle.members.map((member) => (
            <label key={member.id} className="chip">
              <input
                type="checkbox"
                checked={who.has(member.id)}
                onChange={(event) => {
                  const next = new Set(who);
                  if (event.target.checked) next.add(member.id);
                  else next.delete(member.id);
                  setWho(next);
                }}
              />
              {member.id === circle.myMemberId
                ? `${member.name} (${t('common.you')})`
                : member.name}
            </label>
          ))}
          {problems.who && (
            <p id="ritual-who-error" className="field-error">
              {problems.who}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('rituals.new.start')}
          </button>
        </div>
      </form>
      <Feedback done={done} error={error} />
    </section>
  );
}
