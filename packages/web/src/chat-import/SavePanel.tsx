import { chatSummary, type ChatReport } from '@recipro/chat';
import { useState } from 'react';
import { saveChatSummary, type SavedChatSummary } from '../api-chat.ts';
import { Alert } from '../components/Alert.tsx';
import { describeError } from '../errors.ts';
import { t, tn } from '../i18n/index.ts';
import { peopleCount } from './format.ts';
import { RhythmView } from './RhythmView.tsx';
import { savedTitle } from './saved.ts';

interface SavePanelProps {
  readonly report: ChatReport;
  readonly circleId: string;
  readonly circleName: string;
  /** Called once the circle has the summary, so the list of saved summaries can show it. */
  readonly onSaved?: (saved: SavedChatSummary) => void;
}

type SaveState = 'ready' | 'saving' | 'saved';

/**
 * Shows in sentences all that would be sent (the chat, its size, its rhythm: no name, no one's
 * numbers), as the circle will see it once saved, and saves it when the member asks. The chat's
 * messages are not part of it and cannot be.
 */
export function SavePanel({ report, circleId, circleName, onSaved }: SavePanelProps) {
  const [state, setState] = useState<SaveState>('ready');
  const [error, setError] = useState<string>();
  const summary = chatSummary(report);
  const empty = summary.people === 0;

  const save = async () => {
    setState('saving');
    setError(undefined);
    try {
      const saved = await saveChatSummary(circleId, summary);
      setState('saved');
      onSaved?.(saved);
    } catch (failure) {
      setError(describeError(failure));
      setState('ready');
    }
  };

  return (
    <section className="card stack chat-save" aria-labelledby="chat-save-title">
      <h2 id="chat-save-title">{t('chat.save.title', { circle: circleName })}</h2>
      <p>{t('chat.save.body')}</p>
      <h3 id="chat-save-preview">{t('chat.save.preview')}</h3>
      <div className="chat-preview stack" aria-labelledby="chat-save-preview" role="group">
        <p className="chat-preview-title">{savedTitle(summary)}</p>
        <p>
          {tn('chat.saved.overview', summary.messages, { people: peopleCount(summary.people) })}
        </p>
        <RhythmView rhythm={summary.rhythm} people={summary.people} />
      </div>
      <Alert message={error} />
      {empty ? (
        <p className="muted">{t('chat.save.noPeople')}</p>
      ) : (
        state !== 'saved' && (
          <button
            type="button"
            className="primary"
            disabled={state === 'saving'}
            onClick={() => void save()}
          >
            {state === 'saving' ? t('chat.save.saving') : t('chat.save.button')}
          </button>
        )
      )}
      <p role="status" className="done">
        {state === 'saved' ? t('chat.save.done', { circle: circleName }) : ''}
      </p>
    </section>
  );
}
