/** The address of a circle's question of the day: `/circles/:id/question`. */

export type QuestionRoute = { readonly name: 'question'; readonly circleId: string };

/** The route for already-decoded path `parts`, or undefined when it is not this one. */
export function parseQuestionRoute(parts: readonly string[]): QuestionRoute | undefined {
  const [first, circleId, page] = parts;
  if (parts.length === 3 && first === 'circles' && circleId && page === 'question') {
    return { name: 'question', circleId };
  }
  return undefined;
}

export const questionPaths = {
  today: (circleId: string) => `/circles/${encodeURIComponent(circleId)}/question`,
};
