import { listActs, type Act } from '../api.ts';

/** Acts per request (the API's largest page). */
const PAGE = 500;

export interface LoadedActs {
  readonly acts: Act[];
  /** True when older acts in the span were left out because there were more than `maxPages`. */
  readonly partial: boolean;
}

/**
 * Every act of the circle at or after `since`, newest first, page by page. Pages overlap by one
 * millisecond so acts logged at the same instant are never skipped; duplicates are dropped.
 */
export async function loadActsSince(
  circleId: string,
  since: number,
  maxPages = 20,
): Promise<LoadedActs> {
  const seen = new Set<string>();
  const acts: Act[] = [];
  let to: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const batch = await listActs(circleId, {
      from: new Date(since).toISOString(),
      ...(to === undefined ? {} : { to }),
      limit: PAGE,
    });
    let added = 0;
    for (const act of batch) {
      if (seen.has(act.id)) continue;
      seen.add(act.id);
      acts.push(act);
      added++;
    }
    const oldest = batch.at(-1);
    if (batch.length < PAGE || !oldest || added === 0) return { acts, partial: false };
    to = new Date(Date.parse(oldest.at) + 1).toISOString();
  }
  return { acts, partial: true };
}
