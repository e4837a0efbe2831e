// Test helpers shared by the analytics tests (not exported from the package).
import type { Act } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import type { Effort, FormOfCare } from '../vocabulary.ts';

/** A fixed "now": noon UTC on 2026-03-31, so day arithmetic is easy to read. */
export const NOW = Date.UTC(2026, 2, 31, 12);

let counter = 0;

/** An act `daysAgo` days before NOW (fractions allowed), with sensible defaults. */
export function act(
  from: string,
  to: string,
  daysAgo: number,
  over: Partial<Pick<Act, 'form' | 'effort' | 'noticedAt'>> & {
    form?: FormOfCare;
    effort?: Effort;
  } = {},
): Act {
  counter += 1;
  const at = NOW - Math.round(daysAgo * DAY_MS);
  return {
    id: `act-${counter}`,
    circleId: 'c1',
    fromMemberId: from,
    toMemberId: to,
    form: over.form ?? 'practical',
    effort: over.effort ?? 1,
    note: null,
    at,
    createdAt: at,
    noticedAt: over.noticedAt === undefined ? null : over.noticedAt,
  };
}

/** `n` acts spread evenly over the `days` days before NOW (never on the quiet side of NOW). */
export function spread(
  from: string,
  to: string,
  n: number,
  days: number,
  over: Parameters<typeof act>[3] = {},
): Act[] {
  return Array.from({ length: n }, (_, i) => act(from, to, ((i + 0.5) * days) / n, over));
}
