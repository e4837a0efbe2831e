import { useRef } from 'react';
import { UndoBar } from '../components/UndoBar.tsx';
import { useUndo } from '../hooks/useUndo.ts';
import type { CircleDetail } from '../api.ts';
import { listRituals, type Ritual } from '../api-load.ts';
import { memberNamer } from '../components/names.ts';
import { Alert } from '../components/Alert.tsx';
import { Empty } from '../components/Empty.tsx';
import { GuideLinks } from '../components/GuideLinks.tsx';
import { Link } from '../components/Link.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { usePages } from '../hooks/usePages.ts';
import { ShowMore } from '../components/ShowMore.tsx';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import '../components/together.css';
import { togetherPaths } from '../router/together.ts';
import { TogetherHeader } from '../components/TogetherHeader.tsx';
import { RitualForm } from './RitualForm.tsx';
import { RitualItem } from './RitualItem.tsx';

/**
 * The circle's rituals with their next time and rhythm, oldest first, a page at a time ("Show
 * more"), and a form to start one.
 */
export function RitualsView({ circle }: { readonly circle: CircleDetail }) {
  const undo = useUndo();
  const list = useRef<HTMLUListElement>(null);
  const { state, reload, reloadError, more } = usePages(
    (cursor) => listRituals(circle.id, cursor),
    (page) => page.rituals,
    (ritual: Ritual) => ritual.id,
    circle.id,
  );
  const rituals = state.status === 'ready' ? state.data.items : undefined;
  const nameOf = memberNamer(circle);
  return (
    <div className="together">
      <TogetherHeader
        page="rituals"
        title={t('rituals.title')}
        intro={t('rituals.intro')}
        circle={circle}
      />
      <div className="together-grid">
        <div className="together-main">
          <section className="card stack" aria-labelledby="rituals-list-title">
            <h2 id="rituals-list-title">{t('rituals.list')}</h2>
            {state.status === 'loading' && <SkeletonList rows={2} />}
            {state.status === 'failed' && <Alert message={describeError(state.error)} />}
            {rituals &&
              (rituals.length === 0 ? (
                <Empty>{t('rituals.empty')}</Empty>
              ) : (
                <ul ref={list} className="duties">
                  {rituals.map((ritual) => (
                    <RitualItem
                      key={ritual.id}
                      circle={circle}
                      ritual={ritual}
                      nameOf={nameOf}
                      onChanged={reload}
                      offerUndo={undo.offer}
                    />
                  ))}
                </ul>
              ))}
            <ShowMore
              next={state.status === 'ready' ? state.data.next : null}
              onMore={more}
              list={list}
            />
            <UndoBar state={undo} />
            <Alert message={reloadError === undefined ? undefined : describeError(reloadError)} />
            <p>
              <Link to={togetherPaths.reminders()}>{t('rituals.remindersLink')}</Link>
            </p>
            <GuideLinks place="rituals" />
          </section>
        </div>
        <div className="together-side">
          <RitualForm circle={circle} onChanged={reload} />
        </div>
      </div>
    </div>
  );
}
