import type { CircleDetail } from '../api.ts';
import {
  proposeHandover,
  type Handover,
  type Responsibility,
  type Suggestion,
} from '../api-load.ts';
import { Empty } from '../components/Empty.tsx';
import { responsibilityTitle } from './titles.ts';
import { t } from '../i18n/index.ts';
import { Feedback } from '../components/Feedback.tsx';
import { stagePhrase } from './labels.ts';
import { useAction } from '../hooks/useAction.ts';

interface SuggestionsPanelProps {
  readonly circle: CircleDetail;
  readonly suggestions: readonly Suggestion[];
  readonly responsibilities: readonly Responsibility[];
  readonly handovers: readonly Handover[];
  readonly nameOf: (memberId: string) => string;
  readonly onChanged: () => Promise<void>;
}

/**
 * Hand-overs that would bring the shares closer, as suggestions only. Only the person handing
 * over or the one taking on may propose one; the other then accepts or declines.
 */
export function SuggestionsPanel(props: SuggestionsPanelProps) {
  const { circle, suggestions, responsibilities, handovers, nameOf, onChanged } = props;
  const { busy, done, error, run } = useAction();
  const me = circle.myMemberId;
  const titleOf = (id: string) => {
    const found = responsibilities.find((r) => r.id === id);
    return found ? responsibilityTitle(found) : '';
  };
  const who = (memberId: string) => (memberId === me ? t('load.handovers.you') : nameOf(memberId));
  const pending = (s: Suggestion) =>
    handovers.some(
      (h) =>
        h.status === 'proposed' &&
        h.responsibilityId === s.responsibilityId &&
        h.stage === s.stage &&
        h.toMemberId === s.toMemberId,
    );
  const mine = suggestions.filter(
    (s) => (s.fromMemberId === me || s.toMemberId === me) && !pending(s),
  );

  return (
    <section className="card stack" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('load.suggest.title')}</h2>
      <p className="muted">{t('load.suggest.intro')}</p>
      {mine.length === 0 ? (
        <Empty>{t('load.suggest.empty')}</Empty>
      ) : (
        <ul className="suggestions">
          {mine.map((s) => {
            const params = {
              to: who(s.toMemberId),
              from: who(s.fromMemberId),
              stage: stagePhrase(s.stage),
              title: titleOf(s.responsibilityId),
            };
            const other = s.fromMemberId === me ? s.toMemberId : s.fromMemberId;
            return (
              <li key={`${s.responsibilityId}-${s.stage}-${s.toMemberId}`} className="suggestion">
                <p>{t('load.suggest.line', params)}</p>
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  aria-label={t('load.suggest.proposeLabel', params)}
                  onClick={() =>
                    void run(
                      async () => {
                        await proposeHandover(circle.id, {
                          responsibilityId: s.responsibilityId,
                          stage: s.stage,
                          toMemberId: s.toMemberId,
                        });
                        await onChanged();
                      },
                      t('load.suggest.proposed', { name: nameOf(other) }),
                    )
                  }
                >
                  {t('load.suggest.propose')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <Feedback done={done} error={error} />
    </section>
  );
}
