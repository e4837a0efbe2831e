/**
 * The addresses of reports for a counsellor: `/circles/:id/report` (prepare, agree, share) and
 * `/counselling` ("Talking to a counsellor", open to everyone, like Support).
 */

export type ReportsRoute =
  { readonly name: 'report'; readonly circleId: string } | { readonly name: 'counselling' };

/** The route for already-decoded path `parts`, or undefined when it is not one of these. */
export function parseReportsRoute(parts: readonly string[]): ReportsRoute | undefined {
  const [first, circleId, page] = parts;
  if (parts.length === 1 && first === 'counselling') return { name: 'counselling' };
  if (parts.length === 3 && first === 'circles' && circleId && page === 'report') {
    return { name: 'report', circleId };
  }
  return undefined;
}

export const reportPaths = {
  report: (circleId: string) => `/circles/${encodeURIComponent(circleId)}/report`,
  counselling: () => '/counselling',
};
