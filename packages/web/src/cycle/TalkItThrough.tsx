import { Link } from '../components/Link.tsx';
import { cyclePaths } from '../router/cycle.ts';
import { t } from '../i18n/index.ts';
import './cycle.css';

/** The way into guided repair from one hard moment on the Repair screen. */
export function TalkItThrough({
  circleId,
  ruptureId,
  date,
}: {
  readonly circleId: string;
  readonly ruptureId: string;
  /** The moment's date as shown, for the link's accessible name. */
  readonly date: string;
}) {
  return (
    <Link
      to={cyclePaths.repairGuide(circleId, ruptureId)}
      className="secondary guide-open"
      aria-label={t('repairGuide.open.label', { date })}
    >
      {t('repairGuide.open')}
    </Link>
  );
}
