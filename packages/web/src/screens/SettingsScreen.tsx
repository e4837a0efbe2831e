import { SettingsView } from '../settings/SettingsView.tsx';

/** The signed-in person's own account and data (see settings/SettingsView.tsx). */
export function SettingsScreen() {
  return <SettingsView />;
}
