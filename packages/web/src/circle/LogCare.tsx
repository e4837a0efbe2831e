import { useEffect, useId, useState } from 'react';
import { DEFAULT_EFFORT, FORMS_OF_CARE, type Effort, type FormOfCare } from '@recipro/core';
import { logAct, type Act, type CircleDetail } from '../api.ts';
import { formLabel } from '../care.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import { checkNote } from '../validation.ts';
import { CareDetails } from './CareDetails.tsx';
import { FormOfCareButton } from './FormOfCareButton.tsx';
import { otherMembers } from '../components/names.ts';
import { PersonPicker } from './PersonPicker.tsx';

const FEEDBACK_MS = 2500;

interface LogCareProps {
  readonly circle: CircleDetail;
  readonly onLogged: (act: Act) => void;
}

/**
 * The main action of recipro: one tap on a form of care logs it for the chosen person. Effort
 * and a note are optional and wait behind "More".
 */
export function LogCare({ circle, onLogged }: LogCareProps) {
  const id = useId();
  const people = otherMembers(circle);
  const [chosen, setChosen] = useState<string>();
  const [effort, setEffort] = useState<Effort>(DEFAULT_EFFORT as Effort);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [pending, setPending] = useState<FormOfCare>();
  const [done, setDone] = useState('');
  const [error, setError] = useState<string>();
  /** The form just logged, shown on its button for a moment as visible feedback. */
  const [lastLogged, setLastLogged] = useState<FormOfCare>();

  useEffect(() => {
    if (!lastLogged) return;
    const timer = setTimeout(() => setLastLogged(undefined), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [lastLogged]);

  const person = people.find((member) => member.id === chosen) ?? people[0];

  const log = async (form: FormOfCare) => {
    if (!person || pending) return;
    const invalid = checkNote(note);
    setNoteError(invalid);
    if (invalid) return;
    setPending(form);
    setError(undefined);
    setDone('');
    setLastLogged(undefined);
    try {
      const trimmed = note.trim();
      const act = await logAct(circle.id, {
        toMemberId: person.id,
        form,
        effort,
        ...(trimmed ? { note: trimmed } : {}),
      });
      setNote('');
      setEffort(DEFAULT_EFFORT as Effort);
      setDone(t('log.done', { form: formLabel(form), name: person.name }));
      setLastLogged(form);
      onLogged(act);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(undefined);
    }
  };

  return (
    <section className="card log-care" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('log.title')}</h2>
      {!person ? (
        <Empty>{t(circle.pendingMembers.length > 0 ? 'log.noOthersYet' : 'log.noOthers')}</Empty>
      ) : (
        <div className="stack">
          {people.length > 1 && (
            <PersonPicker
              people={people}
              selected={person.id}
              onSelect={setChosen}
              groupName={`${id}-person`}
            />
          )}
          <fieldset className="forms">
            <legend>{t('log.forms', { name: person.name })}</legend>
            <div className="form-grid">
              {FORMS_OF_CARE.map((form) => (
                <FormOfCareButton
                  key={form}
                  form={form}
                  busy={pending === form}
                  logged={lastLogged === form}
                  onChoose={() => void log(form)}
                />
              ))}
            </div>
          </fieldset>
          <CareDetails
            effort={effort}
            onEffort={setEffort}
            note={note}
            onNote={setNote}
            noteError={noteError}
          />
          <p role="status" className="done">
            {pending ? t('log.pending', { form: formLabel(pending) }) : done}
          </p>
          <Alert message={error} />
        </div>
      )}
    </section>
  );
}
