/** Moves focus to the first form control, in `order`, whose name has an error. */
export function focusFirstError(
  form: HTMLFormElement,
  errors: Readonly<Record<string, string | undefined>>,
  order: readonly string[],
): boolean {
  const first = order.find((name) => errors[name]);
  if (!first) return false;
  const control = form.elements.namedItem(first);
  if (control instanceof HTMLElement) control.focus();
  return true;
}

/**
 * Remembers where focus should go once `item` has left its list: the next item, else the one
 * before, else the heading of its section. Call the result after the item is gone. Items are
 * expected to be focusable (tabIndex -1); a heading is made so when it is not.
 */
export function focusAfterRemoval(item: Element | null): () => void {
  const sibling = item?.nextElementSibling ?? item?.previousElementSibling ?? null;
  const heading = item?.closest('section')?.querySelector('h2') ?? null;
  return () => {
    const target = [sibling, heading].find(
      (element): element is HTMLElement => element instanceof HTMLElement && element.isConnected,
    );
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  };
}
