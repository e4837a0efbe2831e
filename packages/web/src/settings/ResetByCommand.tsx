import { t } from '../i18n/index.ts';

/**
 * Said when the server sends no email: whoever runs this recipro makes the one-time reset link
 * with the command line, and passes it on.
 */
export function ResetByCommand() {
  return (
    <div className="stack">
      <p>{t('forgot.noEmail')}</p>
      <figure className="settings-command">
        <figcaption className="hint">{t('forgot.commandLabel')}</figcaption>
        <pre>
          <code>npx recipro reset-password you@example.com</code>
        </pre>
      </figure>
    </div>
  );
}
