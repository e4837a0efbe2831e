/**
 * The addresses of the "together" screens: `/circles/:id/load` (share the load),
 * `/circles/:id/rituals`, and the signed-in person's `/reminders`.
 */

export type TogetherRoute =
  | { readonly name: 'load'; readonly circleId: string }
  | { readonly name: 'rituals'; readonly circleId: string }
  | { readonly name: 'reminders' };

/** The route for already-decoded path `parts`, or undefined when it is not one of these. */
export function parseTogetherRoute(parts: readonly string[]): TogetherRoute | undefined {
  const [first, circleId, page] = parts;
  if (parts.length === 1 && first === 'reminders') return { name: 'reminders' };
  if (parts.length !== 3 || first !== 'circles' || !circleId) return undefined;
  if (page === 'load') return { name: 'load', circleId };
  if (page === 'rituals') return { name: 'rituals', circleId };
  return undefined;
}

const enc = encodeURIComponent;

export const togetherPaths = {
  load: (circleId: string) => `/circles/${enc(circleId)}/load`,
  rituals: (circleId: string) => `/circles/${enc(circleId)}/rituals`,
  reminders: () => '/reminders',
};
