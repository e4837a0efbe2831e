/**
 * Median of the first `length` values of `values` (reordered in place); null when empty.
 * The values must not be NaN. Found by selection, in time linear in `length`: the same value
 * sorting would give, without sorting a million reply times.
 */
export function median(values: Float64Array, length: number): number | null {
  if (length === 0) return null;
  const mid = length >> 1;
  if (length >= COUNT_FROM) {
    const counted = countedMedian(values, length, mid);
    if (counted !== null) return counted;
  }
  const upper = select(values, length, mid);
  if (length % 2 === 1) return upper;
  // After selection every value before `mid` is at most `upper`; the largest of them is next.
  let lower = values[0]!;
  for (let k = 1; k < mid; k++) if (values[k]! > lower) lower = values[k]!;
  return (lower + upper) / 2;
}

/** Lists at least this long are tried by counting first. */
const COUNT_FROM = 2048;

/**
 * The median by counting, when every value is a whole number from 0 to a few times `length`
 * (reply times in seconds mostly are: exports write whole minutes or seconds). One pass to
 * check and find the largest, one to count, one over the counts: faster than selection on
 * long lists, and the same value. Null when the values do not fit.
 */
function countedMedian(values: Float64Array, length: number, mid: number): number | null {
  const limit = 4 * length;
  let max = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i]!;
    // Also false for NaN, negatives and fractions.
    if (!(v >= 0 && v <= limit && Math.floor(v) === v)) return null;
    if (v > max) max = v;
  }
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < length; i++) counts[values[i]!]!++;
  // The values at sorted positions mid - 1 and mid.
  let seen = 0;
  let lower = -1;
  for (let v = 0; v <= max; v++) {
    seen += counts[v]!;
    if (lower === -1 && seen >= mid) lower = v;
    if (seen > mid) return length % 2 === 1 ? v : (lower + v) / 2;
  }
  return max;
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
  values: Float64Array = new Float64Array(128);
  length = 0;

  push(v: number): void {
    if (this.length === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = v;
  }

  /** Appends all of `more`, which the list may keep as its own storage (do not change it). */
  pushAll(more: Float64Array): void {
    if (this.length === 0 && more.length >= this.values.length) {
      this.values = more;
      this.length = more.length;
      return;
    }
    const need = this.length + more.length;
    if (need > this.values.length) {
      let size = this.values.length * 2;
      while (size < need) size *= 2;
      const bigger = new Float64Array(size);
      bigger.set(this.values.subarray(0, this.length));
      this.values = bigger;
    }
    this.values.set(more, this.length);
    this.length = need;
  }
}
