import { useEffect, useId, useState } from 'react';
import { DEFAULT_EFFORT, FORMS_OF_CARE, type Effort, type FormOfCare } from '@recipro/core';
import { deleteAct, logAct, type Act, type CircleDetail } from '../api.ts';
import type { UndoOffer } from '../hooks/useUndo.ts';
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
  /** Called after an act is logged, and again once it is taken back. */
  readonly onLogged: (act: Act) => void;
  /** Offers "Undo" for the act just logged. */
  readonly offerUndo: (offer: UndoOffer) => void;
}

/**
 * The main action of recipro: one tap on a form of care logs it for the chosen person. Effort
 * and a note are optional and wait behind "More".
 */
export function LogCare({ circle, onLogged, offerUndo }: LogCareProps) {
  const id = useId();
  const people = otherMembers(circle);
  const [chosen, setChosen] = useState<string>();
  const [effort, setEffort] = useState<Effort>(DEFAULT_EFFORT as Effort);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [pending, setPending] = useState<FormOfCare>();
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
      setLastLogged(form);
      onLogged(act);
      offerUndo({
        message: t('log.done', { form: formLabel(form), name: person.name }),
        undone: t('undo.logged.undone'),
        undo: async () => {
          await deleteAct(circle.id, act.id);
          setLastLogged(undefined);
          onLogged(act);
        },
      });
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
            <p className="hint">{t('culture.note')}</p>
          </fieldset>
          <CareDetails
            effort={effort}
            onEffort={setEffort}
            note={note}
            onNote={setNote}
            noteError={noteError}
          />
          <p role="status" className="done">
            {/* What was logged is said by the undo bar, with its "Undo". */}
            {pending ? t('log.pending', { form: formLabel(pending) }) : ''}
          </p>
          <Alert message={error} />
        </div>
      )}
    </section>
  );
}
