import { Link } from './Link.tsx';
import { ScreenTitle } from './ScreenTitle.tsx';
import { t } from '../i18n/index.ts';
import { paths } from '../router.ts';
import { togetherPaths } from '../router/together.ts';

type Page = 'load' | 'rituals' | 'reminders';

interface TogetherHeaderProps {
  readonly page: Page;
  readonly title: string;
  readonly intro: string;
  /** The circle the page belongs to (none for the personal reminders page). */
  readonly circle?: { readonly id: string; readonly name: string } | undefined;
}

/**
 * The title of a "together" page and the small tabs between share the load, rituals and
 * reminders: one entry in the main navigation leads to all three.
 */
export function TogetherHeader({ page, title, intro, circle }: TogetherHeaderProps) {
  const tabs: { page: Page; to: string; label: string }[] = [];
  if (circle) {
    tabs.push({ page: 'load', to: togetherPaths.load(circle.id), label: t('together.load') });
    tabs.push({
      page: 'rituals',
      to: togetherPaths.rituals(circle.id),
      label: t('together.rituals'),
    });
  }
  tabs.push({ page: 'reminders', to: togetherPaths.reminders(), label: t('together.reminders') });
  return (
    <header className="circle-header together-header">
      <ScreenTitle>{title}</ScreenTitle>
      {circle && (
        <p className="muted">
          <Link to={paths.circle(circle.id)}>
            {t('together.backToCircle', { name: circle.name })}
          </Link>
        </p>
      )}
      <nav className="together-tabs" aria-label={t('together.tabs')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.page}>
              <Link to={tab.to} aria-current={tab.page === page ? 'page' : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="lead">{intro}</p>
    </header>
  );
}
