/**
 * Finds authors whose names contain ": " (a contact saved as "Coach: Mike"). Every line such
 * a person writes starts "Coach: Mike: …", so in the sample the first-": " prefix "Coach" is
 * always followed by the same second segment. A prefix seen at least `MIN_LINES` times, always
 * with the same second segment, is taken as one longer name. A person who merely begins every
 * message with "Re: " is indistinguishable, hence the threshold.
 */
export function findColonAuthors(bodies: readonly string[]): string[] {
  const seen = new Map<string, { count: number; name: string | null }>();
  for (const body of bodies) {
    const first = body.indexOf(': ');
    if (first <= 0) continue;
    const prefix = body.slice(0, first);
    const second = body.indexOf(': ', first + 2);
    const name = second === -1 ? null : body.slice(0, second);
    const entry = seen.get(prefix);
    if (entry === undefined) seen.set(prefix, { count: 1, name });
    else {
      entry.count++;
      if (entry.name !== name) entry.name = null;
    }
  }
  const names: string[] = [];
  for (const { count, name } of seen.values()) {
    if (name !== null && count >= MIN_LINES) names.push(name);
  }
  return names;
}

/** How many sample lines a name with ": " needs before it is believed. */
export const MIN_LINES = 3;

/** The length of the author in `body` when it starts with one of `names` and ": ", else -1. */
export function colonAuthorEnd(body: string, names: readonly string[]): number {
  for (const name of names) {
    if (body.startsWith(name) && body.startsWith(': ', name.length)) return name.length;
  }
  return -1;
}
