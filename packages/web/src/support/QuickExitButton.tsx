import { t } from '../i18n/index.ts';
import { quickExit } from './quickExit.ts';

/** Quick exit, in the header of every screen: one press leaves for a neutral page. */
export function QuickExitButton() {
  return (
    <button type="button" className="quick-exit" onClick={quickExit} title={t('quickExit.hint')}>
      {t('quickExit.label')}
    </button>
  );
}
