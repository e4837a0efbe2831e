import { t } from '../i18n/index.ts';
import { ScreenTitle } from './ScreenTitle.tsx';

/** Shown when recipro opens from the offline shell and the server cannot be reached. */
export function OfflineNotice({ onRetry }: { readonly onRetry: () => void }) {
  return (
    <div className="card stack">
      <ScreenTitle>{t('offline.title')}</ScreenTitle>
      <p>{t('offline.body')}</p>
      <button type="button" className="primary" onClick={onRetry}>
        {t('offline.retry')}
      </button>
    </div>
  );
}
