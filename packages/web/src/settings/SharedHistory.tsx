import { andList, t, tn } from '../i18n/index.ts';

type SharedHistoryProps =
  | {
      /** Leaving one circle; `lastOne` when nobody else is in it. */
      readonly action: 'leave';
      readonly circle: string;
      readonly lastOne: boolean;
    }
  | {
      /** Deleting the account: the circles nobody else is in, and whether any other has people. */
      readonly action: 'delete';
      readonly soleCircles: readonly string[];
      readonly withOthers: boolean;
    };

/**
 * The one rule for shared history, said before someone leaves a circle or deletes their
 * account: what they wrote goes, the acts others shared stay as from or to "a former member",
 * and a circle nobody is left in goes with everything in it.
 */
export function SharedHistory(props: SharedHistoryProps) {
  const othersRemain = props.action === 'leave' ? !props.lastOne : props.withOthers;
  return (
    <div className="shared-history stack">
      <div>
        <h4>{t('history.deletedTitle')}</h4>
        <ul className="settings-bullets">
          <li>
            {props.action === 'leave'
              ? t('history.deletedLeave', { circle: props.circle })
              : t('history.deletedAccount')}
          </li>
          {props.action === 'leave' && props.lastOne && (
            <li>{t('history.lastOne', { circle: props.circle })}</li>
          )}
          {props.action === 'delete' && props.soleCircles.length > 0 && (
            <li>
              {tn('history.lastIn', props.soleCircles.length, {
                circles: andList(props.soleCircles.map((name) => `“${name}”`)),
              })}
            </li>
          )}
        </ul>
      </div>
      {othersRemain && (
        <div>
          <h4>{t('history.staysTitle')}</h4>
          <ul className="settings-bullets">
            <li>{t('history.acts')}</li>
            <li>{t('history.theirs')}</li>
            <li>{t('history.load')}</li>
          </ul>
        </div>
      )}
    </div>
  );
}
