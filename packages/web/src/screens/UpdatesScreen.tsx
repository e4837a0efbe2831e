import { UpdatesView } from '../updates/UpdatesView.tsx';

/** The signed-in person's updates from their circles (see updates/UpdatesView.tsx). */
export function UpdatesScreen() {
  return <UpdatesView />;
}
