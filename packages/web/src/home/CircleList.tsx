import type { CircleListItem } from '../api.ts';
import { kindLabel } from '../care.ts';
import { Empty } from '../components/Empty.tsx';
import { Link } from '../components/Link.tsx';
import { t, tn } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { Icon } from '../components/Icon.tsx';

export function CircleList({ circles }: { readonly circles: readonly CircleListItem[] }) {
  if (circles.length === 0) return <Empty>{t('home.empty')}</Empty>;
  return (
    <ul className="circle-list" aria-label={t('home.title')}>
      {circles.map((circle) => (
        <li key={circle.id}>
          <Link to={paths.circle(circle.id)} className="circle-card">
            <span className="circle-icon">
              <Icon name={circle.kind} size={28} />
            </span>
            <span className="circle-text">
              <span className="circle-name one-line" dir="auto">
                {circle.name}
              </span>
              <span className="muted">
                {kindLabel(circle.kind)} · {tn('home.members', circle.memberCount)}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
