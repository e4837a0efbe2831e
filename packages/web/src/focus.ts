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
