import { RemindersView } from '../reminders/RemindersView.tsx';

/** Reminder settings for the signed-in person (see reminders/RemindersView.tsx). */
export function RemindersScreen() {
  return <RemindersView />;
}
