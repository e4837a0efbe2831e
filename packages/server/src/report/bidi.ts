/**
 * One line of text in the order it is drawn, for the PDF (pdf-lines.ts): PDFKit draws a string
 * left to right, and fontkit turns a run of Arabic (or Hebrew) letters round as a whole, so a
 * line that mixes directions — a Latin name or a number inside an Arabic sentence — is cut into
 * runs that each go one way, put in the order the eye meets them. A small part of the Unicode
 * bidi algorithm (UAX #9): no explicit embeddings or overrides, which recipro never writes, but
 * isolates (FSI, LRI, RLI … PDI, which the server's words put round a name that runs the other
 * way), directional marks (LRM, RLM, ALM, as in Intl's Arabic dates), numbers and the neutrals
 * between runs, resolved as the algorithm does.
 */
export interface DirectionalRun {
  /** In logical order, without isolates or marks. */
  readonly text: string;
  /** Drawn right to left. */
  readonly rtl: boolean;
}

type Kind = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'ES' | 'ET' | 'CS' | 'NSM' | 'ON';

const FSI = '\u2068';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';
/**
 * Isolates and directional marks steer the order and are not drawn. Embeddings and overrides
 * (LRE … PDF), which only a person's own text could hold, are not drawn either, nor followed.
 */
const CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

/** Hebrew, NKo, Samaritan, Mandaic… and the other right-to-left blocks: class R. */
const RIGHT_TO_LEFT =
  /[\u0590-\u05ff\u07c0-\u085f\ufb1d-\ufb4f\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Arabic, Syriac and Thaana blocks (tatweel included, though its script is Common): AL. */
const ARABIC_LETTER = /[\u0600-\u07bf\u0860-\u08ff\ufb50-\ufdff\ufe70-\ufefe]/u;

/** A character's bidi class, as far as this algorithm tells them apart. */
function kindOf(char: string): Kind {
  if (char === '\u200e') return 'L';
  if (char === '\u200f') return 'R';
  if (char === '\u061c') return 'AL';
  if (/[0-9\u06f0-\u06f9\u00b2\u00b3\u00b9\u2070-\u2079]/u.test(char)) return 'EN';
  if (/[\u0660-\u0669\u066b\u066c]/u.test(char)) return 'AN';
  if (/[+\-\u2212]/u.test(char)) return 'ES';
  if (/[#$%\u00a2-\u00a5\u00b0\u00b1\u066a\u2030\u2031\u20a0-\u20cf]/u.test(char)) return 'ET';
  if (/[,.:/\u00a0\u060c\u202f]/u.test(char)) return 'CS';
  if (/[\p{Mn}\p{Me}]/u.test(char)) return 'NSM';
  if (ARABIC_LETTER.test(char)) return 'AL';
  if (RIGHT_TO_LEFT.test(char)) return 'R';
  if (/[\p{L}\p{Mc}\p{Nd}]/u.test(char)) return 'L';
  return 'ON';
}

/** A character, or an isolate (its opening, what it holds and its closing) as one unit. */
interface Unit {
  kind: Kind;
  readonly text: string;
  readonly isolate: { readonly rtl: boolean } | null;
}

/** The direction of the first strong letter in `text`, outside any isolate it holds. */
export function firstStrong(text: string): 'ltr' | 'rtl' | null {
  let depth = 0;
  for (const char of text) {
    if (char === FSI || char === LRI || char === RLI) depth += 1;
    else if (char === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const kind = kindOf(char);
      if (kind === 'L') return 'ltr';
      if (kind === 'R' || kind === 'AL') return 'rtl';
    }
  }
  return null;
}

function units(text: string): Unit[] {
  const chars = [...text];
  const out: Unit[] = [];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    if (char === FSI || char === LRI || char === RLI) {
      // To the matching PDI, or to the end of the line when it has none.
      let depth = 1;
      let j = i + 1;
      for (; j < chars.length && depth > 0; j += 1) {
        if (chars[j] === FSI || chars[j] === LRI || chars[j] === RLI) depth += 1;
        if (chars[j] === PDI) depth -= 1;
      }
      const inside = chars.slice(i + 1, depth === 0 ? j - 1 : j).join('');
      const rtl = char === RLI || (char === FSI && firstStrong(inside) === 'rtl');
      out.push({ kind: 'ON', text: inside, isolate: { rtl } });
      i = j - 1;
    } else if (char !== PDI && !/[\u202a-\u202e]/u.test(char)) {
      out.push({ kind: kindOf(char), text: char, isolate: null });
    }
  }
  return out;
}

/** The resolved embedding level of each unit of a paragraph at level `base` (rules W1–I2). */
function levels(list: Unit[], base: number): number[] {
  const sos: Kind = base % 2 === 1 ? 'R' : 'L';
  const kinds = list.map((u) => u.kind);
  // W1: a mark takes the class of what it sits on (a neutral after an isolate).
  kinds.forEach((kind, i) => {
    if (kind === 'NSM')
      kinds[i] = i === 0 ? sos : list[i - 1]?.isolate ? 'ON' : (kinds[i - 1] ?? sos);
  });
  // W2, W3: European digits after Arabic letters are Arabic numbers; AL is R.
  let strong: Kind = sos;
  kinds.forEach((kind, i) => {
    if (kind === 'L' || kind === 'R' || kind === 'AL') strong = kind;
    else if (kind === 'EN' && strong === 'AL') kinds[i] = 'AN';
  });
  kinds.forEach((kind, i) => {
    if (kind === 'AL') kinds[i] = 'R';
  });
  // W4: one separator between two numbers of a kind joins them.
  for (let i = 1; i < kinds.length - 1; i += 1) {
    const [before, here, after] = [kinds[i - 1], kinds[i], kinds[i + 1]];
    if (before === 'EN' && after === 'EN' && (here === 'ES' || here === 'CS')) kinds[i] = 'EN';
    if (before === 'AN' && after === 'AN' && here === 'CS') kinds[i] = 'AN';
  }
  // W5: terminators (%, currency) next to European digits go with them.
  for (let i = 0; i < kinds.length; i += 1) {
    if (kinds[i] !== 'ET') continue;
    let j = i;
    while (j < kinds.length && kinds[j] === 'ET') j += 1;
    if (kinds[i - 1] === 'EN' || kinds[j] === 'EN') for (let k = i; k < j; k += 1) kinds[k] = 'EN';
    i = j - 1;
  }
  // W6: the separators and terminators left are neutral.
  kinds.forEach((kind, i) => {
    if (kind === 'ES' || kind === 'ET' || kind === 'CS') kinds[i] = 'ON';
  });
  // W7: European digits after Latin letters are Latin.
  strong = sos;
  kinds.forEach((kind, i) => {
    if (kind === 'L' || kind === 'R') strong = kind;
    else if (kind === 'EN' && strong === 'L') kinds[i] = 'L';
  });
  // N1, N2: neutrals between two runs of one direction take it (numbers count as R), others
  // the paragraph's.
  const sideOf = (kind: Kind | undefined): 'L' | 'R' | null =>
    kind === 'L' ? 'L' : kind === 'R' || kind === 'EN' || kind === 'AN' ? 'R' : null;
  for (let i = 0; i < kinds.length; i += 1) {
    if (sideOf(kinds[i]) !== null) continue;
    let j = i;
    while (j < kinds.length && sideOf(kinds[j]) === null) j += 1;
    const before = i === 0 ? sideOf(sos) : sideOf(kinds[i - 1]);
    const after = j === kinds.length ? sideOf(sos) : sideOf(kinds[j]);
    const side = before === after ? before : sideOf(sos);
    for (let k = i; k < j; k += 1) kinds[k] = side ?? 'L';
    i = j - 1;
  }
  // I1, I2.
  return kinds.map((kind) => {
    if (base % 2 === 0) return kind === 'R' ? base + 1 : kind === 'L' ? base : base + 2;
    return kind === 'R' ? base : base + 1;
  });
}

interface LeveledText {
  text: string;
  level: number;
}

/** A paragraph's text at `base`, each piece with its level, isolates resolved on their own. */
function leveled(text: string, base: number): LeveledText[] {
  const list = units(text);
  const resolved = levels(list, base);
  const out: LeveledText[] = [];
  list.forEach((unit, i) => {
    const level = resolved[i] ?? base;
    if (unit.isolate) {
      // An isolate opens one level up in its own direction (X5a–X5c).
      const inner = unit.isolate.rtl
        ? level % 2 === 1
          ? level + 2
          : level + 1
        : level % 2 === 0
          ? level + 2
          : level + 1;
      out.push(...leveled(unit.text, inner));
    } else {
      const last = out[out.length - 1];
      if (last && last.level === level) last.text += unit.text;
      else out.push({ text: unit.text, level });
    }
  });
  return out;
}

/**
 * `line` cut into runs of one direction, in the order they are drawn from left to right, in a
 * paragraph running `direction`. Each run keeps its text in logical order (fontkit turns a run of
 * right-to-left letters round itself); isolates and directional marks are left out.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): DirectionalRun[] {
  const pieces = leveled(line, direction === 'rtl' ? 1 : 0);
  // Merge what shares a level, once isolates have been opened.
  const runs: LeveledText[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.level === piece.level) last.text += piece.text;
    else runs.push({ ...piece });
  }
  // L2: from the highest level to the lowest odd one, turn round every stretch at or above it.
  const highest = Math.max(0, ...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => r.level), highest) | 1;
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < runs.length; i += 1) {
      if ((runs[i]?.level ?? 0) < level) continue;
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j += 1;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j - 1;
    }
  }
  return runs
    .map((r) => ({ text: r.text.replace(CONTROLS, ''), rtl: r.level % 2 === 1 }))
    .filter((r) => r.text !== '');
}

/** `text` without isolates and directional marks: what a reader copies from the PDF. */
export const withoutControls = (text: string): string => text.replace(CONTROLS, '');
