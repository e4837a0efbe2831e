import { t, type MessageKey } from '../i18n/index.ts';
import { textTarget, type Helpline } from './helplines.ts';

const host = (url: string) => new URL(url).host.replace(/^www\./, '');
const dial = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** One help line: its name, what it is for, how to reach it, and where it was checked. */
export function HelplineItem({ line }: { readonly line: Helpline }) {
  const textNumber = line.text && textTarget(line.text);
  return (
    <li className="helpline">
      <h4>{line.name}</h4>
      <p className="muted">{t(`supportPage.purpose.${line.purpose}` as MessageKey)}</p>
      <ul className="helpline-ways">
        {line.phone && (
          <li>
            <a className="button-link" href={dial(line.phone)}>
              {t('supportPage.call', { number: line.phone })}
            </a>
          </li>
        )}
        {line.text && textNumber && (
          <li>
            <a href={`sms:${textNumber}`}>{t('supportPage.text', { number: line.text })}</a>
          </li>
        )}
        {line.url && (
          <li>
            <a href={line.url} rel="noreferrer noopener" target="_blank">
              {t('supportPage.website')}: {host(line.url)}
            </a>
          </li>
        )}
      </ul>
      <p className="helpline-source">
        <a href={line.source} rel="noreferrer noopener" target="_blank">
          {t('supportPage.source', { site: host(line.source) })}
        </a>
      </p>
    </li>
  );
}
