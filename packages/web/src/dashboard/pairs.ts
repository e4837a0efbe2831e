import type { BalanceView, PairBalance } from '../api-balance.ts';

/**
 * One side of each pair of members, as the dashboard shows them: the pairs that include me
 * first, read from my side, then the pairs among the others that exchanged any care, read from
 * the member listed first.
 */
export function displayPairs(
  view: BalanceView,
  me: string,
  memberOrder: readonly string[],
): PairBalance[] {
  const order = (id: string) => memberOrder.indexOf(id);
  const mine = view.pairs.filter((p) => p.fromMemberId === me);
  const others = view.pairs.filter(
    (p) =>
      p.fromMemberId !== me &&
      p.toMemberId !== me &&
      order(p.fromMemberId) < order(p.toMemberId) &&
      p.given.acts + p.received.acts > 0,
  );
  const byOrder = (a: PairBalance, b: PairBalance) =>
    order(a.fromMemberId) - order(b.fromMemberId) || order(a.toMemberId) - order(b.toMemberId);
  return [...mine.sort(byOrder), ...others.sort(byOrder)];
}
