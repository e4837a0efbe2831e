import { ritualKindsFor, ritualSuggestion, type RitualKind } from '@recipro/core';
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, problemsOf, type CircleDetail } from '../api.ts';
import { createRitual, updateRitual, type Ritual, type RitualChanges } from '../api-load.ts';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { useAction } from '../hooks/useAction.ts';
import { ritualAbout, ritualTitle } from './kinds.ts';
import { fromRrule, toRrule, type Schedule } from './schedule.ts';
import { SchedulePicker } from './SchedulePicker.tsx';
import { TimeZoneField } from '../components/TimeZoneField.tsx';
import { browserTimeZone } from '../components/timezones.ts';

type Problems = { title?: string; days?: string; who?: string };

/** The fields of the form a server's validation details name, as the form's own problems. */
function fieldProblems(error: unknown): Problems {
  if (!(error instanceof ApiError)) return {};
  const found: Problems = {};
  for (const { field, message } of problemsOf(error)) {
    if (message === undefined) continue;
    if (field === 'title') found.title = message;
    if (field === 'memberIds') found.who = message;
  }
  return found;
}

interface RitualFormProps {
  readonly circle: CircleDetail;
  readonly onChanged: () => Promise<void>;
  /** The ritual to change: the form opens filled in with it and saves only what changed. */
  readonly ritual?: Ritual;
  /** Closes the form when editing; `saved` is the kind sentence to show after a save. */
  readonly onClose?: (saved?: string) => void;
}

/**
 * Starts a ritual — which one, how often, at what time in which zone, and who takes part — or,
 * given one, changes it.
 */
export function RitualForm({ circle, onChanged, ritual, onClose }: RitualFormProps) {
  const editing = ritual !== undefined;
  const id = useId();
  const headingId = `${id}-title`;
  const whoErrorId = `${id}-who-error`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The rituals offered to this kind of circle, worded for it; an edited ritual keeps its kind.
  const offered = ritualKindsFor(circle.kind);
  const kinds = ritual && !offered.includes(ritual.kind) ? [...offered, ritual.kind] : offered;
  const kindTitle = (value: RitualKind) => ritualTitle(value, circle.kind);
  const first = offered[0] ?? 'custom';
  const suggested = ritualSuggestion(first, circle.kind);
  const [kind, setKind] = useState<RitualKind>(ritual?.kind ?? first);
  const [title, setTitle] = useState(ritual?.title ?? kindTitle(first));
  const [schedule, setSchedule] = useState<Schedule>(fromRrule(ritual?.rrule ?? suggested.rrule));
  const [time, setTime] = useState(ritual?.time ?? suggested.time);
  const [zone, setZone] = useState(ritual?.timezone ?? browserTimeZone);
  const [who, setWho] = useState<ReadonlySet<string>>(
    new Set(ritual?.memberIds ?? circle.members.map((m) => m.id)),
  );
  const [problems, setProblems] = useState<Problems>({});
  const { busy, done, error, run, setError } = useAction();

  // Opening the editor moves focus to it, so keyboard and screen-reader users land in the form.
  useEffect(() => {
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const chooseKind = (next: RitualKind) => {
    setKind(next);
    if (editing) return; // an edit keeps its name, schedule and time unless changed by hand
    setTitle(next === 'custom' ? '' : kindTitle(next));
    const suggestion = ritualSuggestion(next, circle.kind);
    setSchedule(fromRrule(suggestion.rrule));
    setTime(suggestion.time);
  };

  const memberIds = circle.members.map((m) => m.id).filter((memberId) => who.has(memberId));

  /** What differs from the ritual being edited (a rule the picker cannot show stays as it is). */
  const changes = (existing: Ritual, name: string): RitualChanges => {
    const rrule = toRrule(schedule);
    const sameMembers =
      memberIds.length === existing.memberIds.length &&
      memberIds.every((memberId) => existing.memberIds.includes(memberId));
    return {
      ...(kind === existing.kind ? {} : { kind }),
      ...(title === existing.title || name === existing.title ? {} : { title: name }),
      ...(rrule === toRrule(fromRrule(existing.rrule)) ? {} : { rrule }),
      ...(time === existing.time ? {} : { time }),
      ...(zone === existing.timezone ? {} : { timezone: zone }),
      ...(sameMembers ? {} : { memberIds }),
    };
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
    if (ritual) {
      const body = changes(ritual, name);
      if (Object.keys(body).length === 0) {
        onClose?.(t('rituals.edit.unchanged'));
        return;
      }
      const savedText = t('rituals.edit.saved', { title: body.title ?? ritual.title });
      let failure: unknown;
      const saved = await run(
        () =>
          updateRitual(circle.id, ritual.id, body).catch((caught: unknown) => {
            failure = caught;
            throw caught;
          }),
        savedText,
      );
      if (saved) {
        await onChanged();
        onClose?.(savedText);
        return;
      }
      // The server's words stay in the form, beside the fields they are about.
      setProblems(fieldProblems(failure));
      if (failure instanceof ApiError && failure.code === 'not_found') {
        setError(t('rituals.edit.gone'));
      }
      return;
    }
    await run(
      async () => {
        await createRitual(circle.id, {
          kind,
          title: name,
          rrule: toRrule(schedule),
          time,
          timezone: zone,
          memberIds,
        });
        await onChanged();
      },
      t('rituals.new.started', { title: name }),
    );
  };

  const Heading = editing ? 'h3' : 'h2';
  return (
    <section className={editing ? 'stack ritual-edit' : 'card stack'} aria-labelledby={headingId}>
      <Heading id={headingId} ref={headingRef} tabIndex={editing ? -1 : undefined}>
        {ritual ? t('rituals.edit.title', { title: ritual.title }) : t('rituals.new.title')}
      </Heading>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        onKeyDown={(event) => {
          if (editing && event.key === 'Escape') {
            event.preventDefault();
            onClose?.();
          }
        }}
      >
        <SelectField
          label={t('rituals.new.kind')}
          value={kind}
          options={kinds.map((value) => ({ value, label: kindTitle(value) }))}
          onChange={chooseKind}
          hint={ritualAbout(kind, circle.kind)}
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
        <fieldset className="chips" aria-describedby={problems.who ? whoErrorId : undefined}>
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
            <p id={whoErrorId} className="field-error">
              {problems.who}
            </p>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {editing ? t('rituals.edit.save') : t('rituals.new.start')}
          </button>
          {editing && (
            <button type="button" className="secondary" disabled={busy} onClick={() => onClose?.()}>
              {t('rituals.edit.cancel')}
            </button>
          )}
        </div>
      </form>
      <Feedback done={done} error={error} />
    </section>
  );
}
