import { createUtf8Decoder } from '../text-decoder.ts';

const strict = createUtf8Decoder(true);

/**
 * Repairs Facebook's export encoding, which writes each UTF-8 byte as its own `\u00XX`
 * character ("\u00f0\u009f\u0098\u0086" for 😆). A string is re-decoded only when every
 * character fits in a byte, at least one is above ASCII, and the bytes are valid UTF-8;
 * otherwise it is returned unchanged, so repairing twice is harmless.
 */
export function repairMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c > 0x7f) high = true;
  }
  if (!high) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return strict.decode(bytes);
  } catch {
    return s;
  }
}
