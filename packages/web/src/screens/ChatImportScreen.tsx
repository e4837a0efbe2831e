import { lazy, Suspense } from 'react';
import { Loading } from '../components/Loading.tsx';

/** The import page, its chart library and its Worker load on first visit only. */
const ChatImportView = lazy(() =>
  import('../chat-import/ChatImportView.tsx').then((module) => ({
    default: module.ChatImportView,
  })),
);

/** Import a chat into a circle (see chat-import/ChatImportView.tsx). */
export function ChatImportScreen({ circleId }: { readonly circleId: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <ChatImportView circleId={circleId} />
    </Suspense>
  );
}
