import { Icon } from './Icon.tsx';
import { Link } from './Link.tsx';
import { t } from '../i18n/index.ts';
import {
  guidesFor,
  guideKeys,
  guideText,
  type GuideId,
  type GuidePlace,
} from './guide-catalogue.ts';
import { guidePaths } from '../router/guides.ts';
import './guides.css';

/**
 * "A two-minute read: …" — the guides offered at `place`, as small links; nothing when none is.
 * On the balance insights, `insights` are the kinds of insight on screen.
 */
export function GuideLinks({
  place,
  insights,
}: {
  readonly place: GuidePlace;
  readonly insights?: readonly string[];
}) {
  const guides = guidesFor(place, insights);
  if (guides.length === 0) return null;
  return <GuideList ids={guides.map((guide) => guide.id)} />;
}

/** Links to these guides, each as "A two-minute read: …". */
export function GuideList({ ids }: { readonly ids: readonly GuideId[] }) {
  return (
    // A list, not a landmark: a screen may offer reads in more than one place.
    <div className="guide-links">
      <ul aria-label={t('guides.links')}>
        {ids.map((id) => (
          <li key={id}>
            <Icon name="guide" size={20} />
            <Link to={guidePaths.guide(id)}>
              {t('guides.link', { title: guideText(guideKeys(id).title) })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
