/** Median of the first `length` values of `values` (sorted in place); null when empty. */
export function median(values: Float64Array, length: number): number | null {
  if (length === 0) return null;
  const sorted = values.subarray(0, length).sort();
  const mid = length >> 1;
  return length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
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
