/**
 * Median of the first `length` values of `values` (reordered in place); null when empty.
 * The values must not be NaN. Found by selection, in time linear in `length`: the same value
 * sorting would give, without sorting a million reply times.
 */
export function median(values: Float64Array, length: number): number | null {
  if (length === 0) return null;
  const mid = length >> 1;
  const upper = select(values, length, mid);
  if (length % 2 === 1) return upper;
  // After selection every value before `mid` is at most `upper`; the largest of them is next.
  let lower = values[0]!;
  for (let k = 1; k < mid; k++) if (values[k]! > lower) lower = values[k]!;
  return (lower + upper) / 2;
}

/**
 * Puts the `k`-th smallest of the first `length` values at index `k`, smaller-or-equal ones
 * before it and greater-or-equal ones after (Hoare's selection with a median-of-three pivot),
 * and returns it.
 */
function select(a: Float64Array, length: number, k: number): number {
  let left = 0;
  let right = length - 1;
  while (right > left) {
    const middle = (left + right) >> 1;
    // Median of three as the pivot: a[left] <= a[middle] <= a[right] after these swaps.
    if (a[middle]! < a[left]!) swap(a, middle, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[middle]!) swap(a, right, middle);
    const pivot = a[middle]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[left..j] <= pivot <= a[i..right], and everything between equals the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}

/** A growable list of numbers in a typed array (no boxing, one copy per doubling). */
export class NumberList {
  values = new Float64Array(16);
  length = 0;

  push(v: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = v;
  }
}
