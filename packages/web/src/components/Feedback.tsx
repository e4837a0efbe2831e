import { Alert } from './Alert.tsx';

/** The outcome of a change: a calm confirmation (a live status) or what went wrong. */
export function Feedback({ done, error }: { readonly done: string; readonly error?: string }) {
  return (
    <>
      <p role="status" className="done">
        {done}
      </p>
      <Alert message={error} />
    </>
  );
}
