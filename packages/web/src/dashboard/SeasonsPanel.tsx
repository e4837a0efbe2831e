import { useId, useRef, useState } from 'react';
import type { CircleDetail } from '../api.ts';
import {
  acceptSeason,
  deleteSeason,
  endSeason,
  unacceptSeason,
  type Season,
} from '../api-balance.ts';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';
import { useFold } from '../hooks/useFold.ts';
import { ShowMore } from '../components/ShowMore.tsx';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { describeError } from '../errors.ts';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { t } from '../i18n/index.ts';
import { memberNamer } from '../components/names.ts';
import { SeasonForm } from './SeasonForm.tsx';
import { SeasonItem } from './SeasonItem.tsx';

interface SeasonsPanelProps {
  readonly circle: CircleDetail;
  readonly seasons: readonly Season[];
  /** Reads seasons and the balance again after a change. */
  readonly onChanged: () => Promise<void>;
}

/** The circle's seasons, newest first, and the small form that declares one. */
export function SeasonsPanel({ circle, seasons, onChanged }: SeasonsPanelProps) {
  const id = useId();
  const nameOf = memberNamer(circle);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const undo = useUndo();

  /** Runs a change and reads again; resolves to whether it worked. */
  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      await onChanged();
      setStatus(done);
      return true;
    } catch (failure) {
      setError(describeError(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // Accepted in one tap, with a moment to take it back (it is a suggestion again).
  const accept = async (season: Season) => {
    if (!(await act(() => acceptSeason(circle.id, season.id), ''))) return;
    undo.offer({
      message: t('balance.seasons.accepted'),
      undone: t('balance.seasons.unaccepted'),
      undo: async () => {
        await unacceptSeason(circle.id, season.id);
        await onChanged();
      },
    });
  };

  const newestFirst = [...seasons].sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  const fold = useFold(newestFirst);
  const list = useRef<HTMLUListElement>(null);
  return (
    <section className="card seasons" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('balance.seasons.title')}</h2>
      <p className="muted">{t('balance.seasons.intro')}</p>
      <GuideLinks place="balance.seasons" />
      {newestFirst.length === 0 ? (
        <Empty>{t('balance.seasons.empty')}</Empty>
      ) : (
        <ul className="season-list" ref={list}>
          {fold.visible.map((season) => (
            <SeasonItem
              key={season.id}
              season={season}
              name={nameOf(season.memberId)}
              busy={busy}
              me={circle.myMemberId}
              onAccept={(s) => void accept(s)}
              onEnd={async (s) => {
                await act(
                  () => endSeason(circle.id, s.id),
                  t('balance.seasons.ended', { name: nameOf(s.memberId) }),
                );
              }}
              onRemove={async (s) => {
                await act(() => deleteSeason(circle.id, s.id), t('balance.seasons.removed'));
              }}
            />
          ))}
        </ul>
      )}
      <ShowMore next={fold.next} onMore={fold.more} list={list} />
      <p role="status" className="done">
        {status}
      </p>
      <UndoBar state={undo} />
      <Alert message={error} />
      <SeasonForm
        circle={circle}
        onDeclared={async (message) => {
          await onChanged();
          setStatus(message);
        }}
      />
    </section>
  );
}
