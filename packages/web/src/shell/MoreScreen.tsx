import { Icon } from '../components/Icon.tsx';
import { Link } from '../components/Link.tsx';
import { ScreenTitle } from '../components/ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { useSession } from '../session.ts';
import { currentEntry } from './current-entry.ts';
import { navModel, placeBeforeMore } from './nav-model.ts';

/**
 * "More": on a phone, every destination that is not in the bottom bar, in the same groups as
 * the side bar of a wide screen.
 */
export function MoreScreen() {
  const { currentCircle } = useSession();
  const { primary, more } = navModel(currentCircle);
  // Without a circle everything fits in the bar; the page still lists it, should it be opened.
  const groups = more.length > 0 ? more : [{ id: 'yours', label: t('nav.yours'), items: primary }];
  // The entry of the page opened from here last is marked, as the bar marks "More" there.
  const here = currentEntry(
    groups.flatMap((group) => group.items),
    placeBeforeMore(),
  );
  return (
    <div className="stack-lg more-screen">
      <ScreenTitle>{t('nav.more')}</ScreenTitle>
      {groups.map((group) => (
        <section key={group.id} className="card stack" aria-labelledby={`more-${group.id}`}>
          <h2 id={`more-${group.id}`}>{group.label}</h2>
          <ul className="more-list">
            {group.items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item === here ? 'true' : undefined}>
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
