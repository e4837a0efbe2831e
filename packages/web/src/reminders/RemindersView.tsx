import { useState } from 'react';
import { getNotifications, saveNotifications } from '../api-load.ts';
import { Alert } from '../components/Alert.tsx';
import { SkeletonList } from '../components/Skeleton.tsx';
import { useRemote } from '../hooks/useRemote.ts';
import { describeError } from '../errors.ts';
import { t } from '../i18n/index.ts';
import '../components/together.css';
import { TogetherHeader } from '../components/TogetherHeader.tsx';
import { useSession } from '../session.ts';
import { CalendarPanel } from './CalendarPanel.tsx';
import { PushPanel } from './PushPanel.tsx';
import { RemindersForm } from './RemindersForm.tsx';

/** The signed-in person's reminder settings: channels, quiet hours, push and calendar feed. */
export function RemindersView() {
  const { currentCircle } = useSession();
  const { state, update } = useRemote(getNotifications, 'notifications');
  const [version, setVersion] = useState(0);
  const turnOnPushSetting = async () => {
    if (state.status !== 'ready' || state.data.push) return;
    const { email, quietHours, timezone } = state.data;
    const next = await saveNotifications({ email, push: true, quietHours, timezone });
    update(() => next);
    setVersion((v) => v + 1);
  };
  return (
    <div className="together">
      <TogetherHeader
        page="reminders"
        title={t('reminders.title')}
        intro={t('reminders.intro')}
        circle={currentCircle ?? undefined}
      />
      <div className="together-grid">
        <div className="together-main">
          {state.status === 'loading' && <SkeletonList rows={2} />}
          {state.status === 'failed' && <Alert message={describeError(state.error)} />}
          {state.status === 'ready' && (
            <RemindersForm
              key={version}
              settings={state.data}
              onSaved={(next) => update(() => next)}
            />
          )}
        </div>
        <div className="together-side">
          <PushPanel onTurnedOn={turnOnPushSetting} />
          <CalendarPanel />
        </div>
      </div>
    </div>
  );
}
