/** What to do next, in one sentence, where a list has nothing in it yet. */
export function Empty({ children }: { readonly children: string }) {
  return <p className="empty">{children}</p>;
}
