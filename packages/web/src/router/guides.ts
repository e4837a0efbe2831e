/**
 * The addresses of the short guides: `/guides` (the list) and `/guides/:id` (one guide). Open to
 * everyone, signed in or not, like Support: they hold nothing about anyone.
 */

export type GuidesRoute =
  { readonly name: 'guides' } | { readonly name: 'guide'; readonly guideId: string };

/** The route for already-decoded path `parts`, or undefined when it is not one of these. */
export function parseGuidesRoute(parts: readonly string[]): GuidesRoute | undefined {
  const [first, guideId] = parts;
  if (first !== 'guides') return undefined;
  if (parts.length === 1) return { name: 'guides' };
  if (parts.length === 2 && guideId) return { name: 'guide', guideId };
  return undefined;
}

export const guidePaths = {
  list: () => '/guides',
  guide: (guideId: string) => `/guides/${encodeURIComponent(guideId)}`,
};
