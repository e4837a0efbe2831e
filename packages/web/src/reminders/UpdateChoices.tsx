import type { UpdateKind } from '@recipro/core';
import { useId } from 'react';
import type { NotificationSettings } from '../api-load.ts';
import { t } from '../i18n/index.ts';
import { UPDATE_GROUPS, groupTitle, kindLabel, kindsOf } from './update-choices.ts';
import './update-choices.css';

export type UpdateChoice = NotificationSettings['updates'][number];
type Channel = 'push' | 'email';

interface UpdateChoicesProps {
  readonly choices: readonly UpdateChoice[];
  readonly onChange: (next: UpdateChoice[]) => void;
  /** Whether this server can send email (the email column is shown only then). */
  readonly emailAvailable: boolean;
  /** The person's channels as set above: a hint says when one is off. */
  readonly push: boolean;
  readonly email: boolean;
  readonly perDay: number;
}

/**
 * Which kinds of update also come by push or email: a table-like list per group, with the
 * channels as columns. Each kind is a group of its own, named by its label, holding a "Push"
 * and an "Email" checkbox (the column headings are for the eye; each box carries its name).
 */
export function UpdateChoices(props: UpdateChoicesProps) {
  const { choices, onChange, emailAvailable, push, email, perDay } = props;
  const id = useId();
  const channels: Channel[] = emailAvailable ? ['push', 'email'] : ['push'];
  const byKind = new Map(choices.map((c) => [c.kind, c]));
  const set = (kind: UpdateKind, channel: Channel, on: boolean) =>
    onChange(choices.map((c) => (c.kind === kind ? { ...c, [channel]: on } : c)));
  return (
    <div className={`update-choices channels-${channels.length}`}>
      <fieldset className="stack" aria-describedby={`${id}-intro`}>
        <legend>
          <h3 className="update-choices-title">{t('updates.choice.title')}</h3>
        </legend>
        <div id={`${id}-intro`} className="update-choices-intro">
          <p className="hint">
            {t(emailAvailable ? 'updates.choice.intro' : 'updates.choice.introPush')}
          </p>
          <p className="hint">{t('updates.choice.limit', { count: perDay })}</p>
          {!push && <p className="hint">{t('updates.choice.pushOff')}</p>}
          {emailAvailable && (
            <p className="hint">
              {t(email ? 'updates.choice.emailConfirmed' : 'updates.choice.emailOff')}
            </p>
          )}
        </div>
        {UPDATE_GROUPS.map((group) => (
          <section key={group} className="update-group" aria-labelledby={`${id}-${group}`}>
            <div className="update-row update-head">
              <h4 id={`${id}-${group}`}>{t(groupTitle(group))}</h4>
              {channels.map((channel) => (
                <span key={channel} aria-hidden="true">
                  {t(`updates.choice.${channel}`)}
                </span>
              ))}
            </div>
            <ul className="update-kinds">
              {kindsOf(group).map((kind) => {
                const choice = byKind.get(kind);
                if (!choice) return null;
                const labelId = `${id}-${kind}`;
                return (
                  <li key={kind}>
                    <div role="group" aria-labelledby={labelId} className="update-row">
                      <span id={labelId}>{t(kindLabel(kind))}</span>
                      {channels.map((channel) => (
                        <label key={channel} className="update-channel">
                          <input
                            type="checkbox"
                            checked={choice[channel]}
                            onChange={(event) => set(kind, channel, event.target.checked)}
                          />
                          <span className="visually-hidden">{t(`updates.choice.${channel}`)}</span>
                        </label>
                      ))}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </fieldset>
    </div>
  );
}
