import { t } from '../i18n/index.ts';

export function Loading() {
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
