/** An entry of the navigation: where it leads, and other addresses that belong to it. */
export interface NavTarget {
  readonly to: string;
  readonly also?: readonly string[];
}

const under = (here: string, address: string) =>
  here === address || (address !== '/' && here.startsWith(`${address}/`));

/**
 * The entry that shows as current at `here` (a path without its query): the one whose address,
 * or one of its other addresses, is `here` or leads to it (a check-in under Check in, a ritual's
 * guide under the page of rituals); the most specific one when several do. None when none does.
 */
export function currentEntry<T extends NavTarget>(
  items: readonly T[],
  here: string,
): T | undefined {
  let best: { item: T; length: number } | undefined;
  for (const item of items) {
    for (const address of [item.to, ...(item.also ?? [])]) {
      if (under(here, address) && (!best || address.length > best.length))
        best = { item, length: address.length };
    }
  }
  return best?.item;
}
