/**
 * Format characters WhatsApp sprinkles into exports (LRM, RLM, BOM, bidi embeddings and
 * isolates). They carry no meaning for parsing and may appear anywhere in a header.
 */
export function isInvisible(code: number): boolean {
  return (
    code === 0x200e ||
    code === 0x200f ||
    code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Removes invisible format characters from both ends of `s`. */
export function trimInvisible(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (isInvisible(s.charCodeAt(start)) || s.charCodeAt(start) === 0x20)) start++;
  while (end > start && (isInvisible(s.charCodeAt(end - 1)) || s.charCodeAt(end - 1) === 0x20))
    end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Removes every invisible format character from `s` (for comparing placeholders). */
export function stripInvisible(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isInvisible(s.charCodeAt(i))) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
