const folded = new Map<number, number>();

/** Lower-case of one UTF-16 unit (ASCII by arithmetic, the rest through a small cache). */
export function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let f = folded.get(code);
  if (f === undefined) {
    const lower = String.fromCharCode(code).toLowerCase();
    f = lower.length === 1 ? lower.charCodeAt(0) : code;
    folded.set(code, f);
  }
  return f;
}
