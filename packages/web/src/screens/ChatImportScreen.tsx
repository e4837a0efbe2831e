import { ChatImportView } from '../chat-import/ChatImportView.tsx';

/**
 * Import a chat into a circle (see chat-import/ChatImportView.tsx). Its chart library and Worker
 * load with the route's chunk, on first visit only (Routes.tsx).
 */
export function ChatImportScreen({ circleId }: { readonly circleId: string }) {
  return <ChatImportView circleId={circleId} />;
}
