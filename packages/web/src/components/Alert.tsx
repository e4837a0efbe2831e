/** A message about something that did not work, announced to screen readers. */
export function Alert({ message }: { readonly message: string | undefined }) {
  return (
    <div role="alert" className={message ? 'alert' : 'alert-empty'}>
      {message}
    </div>
  );
}
