/**
 * Does a member's check-in or note suggest fear or harm? If so, the product shows support
 * resources to that member only — never a score, never to anyone else, and nothing is stored
 * about the match. Not a screen and not a diagnosis: relationship measures are not safety
 * measures (INSTRUMENTS.md), so this only decides when to offer help.
 *
 * The rule (docs/instruments.md):
 * 1. Answers: any item with `safetyConcernAt` (today only the private `felt_safe` item of the
 *    reciprocity check-in) answered at one of those positions — any answer but "No".
 * 2. Text: a phrase from SAFETY_PHRASES or COERCIVE_CONTROL_PHRASES appears in the text. Matching ignores case, Latin
 *    accents, apostrophes, hyphens, Arabic short vowels and alef variants; Latin-script phrases
 *    must stand as whole words, other scripts match anywhere (so Arabic prefixes still match).
 *
 * Errs towards offering help (a false alarm shows one member a quiet support card) but leaves
 * out common idioms ("it hit me", "beat me at chess", "you hurt me when…"). It sees no
 * negation: "I'm not afraid of him" matches. Light on languages: English, Spanish, Hindi
 * (Devanagari and romanised) and Arabic.
 */
import { COERCIVE_CONTROL_PHRASES } from './coercive-control.ts';
import { getInstrument } from './registry.ts';

export interface SafetyPhrases {
  /** BCP 47 language tag. */
  readonly language: string;
  readonly phrases: readonly string[];
}

const whom = [
  'him',
  'her',
  'them',
  'my partner',
  'my husband',
  'my wife',
  'my boyfriend',
  'my girlfriend',
];

/**
 * Phrases suggesting fear, threat, violence or self-harm. Add phrases; keep them specific.
 * Coercive control (money, isolation, monitoring, threats, "not allowed to", fear of the
 * other's reaction) has its own list in coercive-control.ts.
 */
export const SAFETY_PHRASES: readonly SafetyPhrases[] = [
  {
    language: 'en',
    phrases: [
      ...['afraid of', 'scared of', 'frightened of', 'terrified of'].flatMap((fear) =>
        whom.map((w) => `${fear} ${w}`),
      ),
      'afraid to go home',
      'scared to go home',
      "don't feel safe",
      'do not feel safe',
      'not safe at home',
      'feel unsafe',
      'felt unsafe',
      'fear for my life',
      'fear for my safety',
      'he hit me',
      'she hit me',
      'they hit me',
      'hits me',
      'hitting me',
      'slapped me',
      'slaps me',
      'punched me',
      'punches me',
      'kicked me',
      'kicks me',
      'choked me',
      'chokes me',
      'strangled me',
      'shoved me',
      'beat me up',
      'beats me up',
      'threatened me',
      'threatens me',
      'threatening me',
      'threatened to kill',
      'threatens to kill',
      'threatened to hurt',
      'threatens to hurt',
      "won't let me leave",
      'locked me in',
      'locks me in',
      'abuse',
      'abused',
      'abusive',
      'violence',
      'violent',
      'rape',
      'raped',
      'sexual assault',
      'assaulted me',
      'kill myself',
      'killing myself',
      'end my life',
      'hurt myself',
      'hurting myself',
      'harm myself',
      'self-harm',
      'suicide',
      'suicidal',
      'want to die',
      'better off dead',
    ],
  },
  {
    language: 'es',
    phrases: [
      'le tengo miedo',
      'miedo de él',
      'miedo de ella',
      'miedo a mi pareja',
      'miedo de mi pareja',
      'miedo de volver a casa',
      'no me siento segura',
      'no me siento seguro',
      'me pega',
      'me pegó',
      'me golpea',
      'me golpeó',
      'me amenaza',
      'me amenazó',
      'maltrato',
      'violencia',
      'abuso',
      'me quiero morir',
      'quiero morirme',
      'quitarme la vida',
      'matarme',
      'suicidio',
    ],
  },
  {
    language: 'hi',
    phrases: [
      'उससे डर',
      'मुझे मारता',
      'मुझे मारती',
      'मारपीट',
      'धमकी',
      'हिंसा',
      'मार डालेगा',
      'मार डालेगी',
      'सुरक्षित नहीं',
      'आत्महत्या',
      'usse dar',
      'usse darr',
      'mujhe maarta',
      'mujhe marta',
      'mujhe maarti',
      'mujhe marti',
      'maarpeet',
      'marpeet',
      'maar peet',
      'dhamki',
      'maar dalega',
      'maar daalega',
      'surakshit nahi',
      'surakshit nahin',
      'aatmahatya',
      'atmahatya',
    ],
  },
  {
    language: 'ar',
    phrases: [
      'أخاف منه',
      'أخاف منها',
      'يضربني',
      'تضربني',
      'يهددني',
      'تهددني',
      'عنف',
      'لا أشعر بالأمان',
      'انتحار',
    ],
  },
];

/** Lower case; no Latin accents, apostrophes, hyphens, Arabic short vowels or alef variants. */
const normalize = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625]/g, '\u0627')
    .replace(/[-\u2010-\u2015_]/g, ' ')
    .replace(/\s+/g, ' ');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ALL_PHRASES: readonly SafetyPhrases[] = [
  ...SAFETY_PHRASES,
  ...Object.values(COERCIVE_CONTROL_PHRASES).flat(),
];

/**
 * Phrases in Latin letters must stand as whole words; one expression holds them all (a Unicode
 * letter class is costly to build, so it is built twice, not twice per phrase, and only when
 * first needed). Phrases in other scripts are looked for as they are.
 */
interface Matcher {
  readonly words: RegExp;
  readonly others: readonly string[];
}
let matcher: Matcher | undefined;
const matcherOf = (): Matcher => {
  if (matcher) return matcher;
  const latin: string[] = [];
  const others: string[] = [];
  for (const list of ALL_PHRASES) {
    for (const phrase of list.phrases) {
      const p = normalize(phrase).trim();
      (/^[a-z ]+$/.test(p) ? latin : others).push(p);
    }
  }
  const words = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${latin.map(escape).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  matcher = { words, others };
  return matcher;
};

/**
 * True when a free text a member wrote (a reflection, need, rupture or act note, check-in or
 * values answer) contains a phrase suggesting fear, harm or coercive control: show that member,
 * and only them, where to find support. The one rule for every free text.
 * @example needsSupport('he checks my phone every night') // → true
 */
export function needsSupport(text: string | null | undefined): boolean {
  if (typeof text !== 'string' || text.trim() === '') return false;
  const normalized = normalize(text);
  const { words, others } = matcherOf();
  return words.test(normalized) || others.some((phrase) => normalized.includes(phrase));
}

/** The same rule as needsSupport, under the name the check-in rule has used. */
export const textSuggestsSafetyConcern = needsSupport;

/**
 * True when any answer sits at a position its item marks as a safety concern. Works on a
 * partial or invalid sheet too (it only looks at the safety items' answers).
 */
export function answersSuggestSafetyConcern(
  instrumentId: unknown,
  positions: readonly (number | null | undefined)[],
): boolean {
  const items = getInstrument(instrumentId)?.items ?? [];
  return items.some((item, index) => {
    const position = positions[index];
    return typeof position === 'number' && item.safetyConcernAt.includes(position);
  });
}

export interface SafetyInput {
  readonly instrumentId?: unknown;
  readonly positions?: readonly (number | null | undefined)[];
  readonly notes?: readonly (string | null | undefined)[];
}

/**
 * True when a member's answers or notes suggest fear or harm: show that member (only) support
 * resources.
 * @example suggestsSafetyConcern({ notes: ['I am scared of him when he drinks'] }) // → true
 */
export function suggestsSafetyConcern(input: SafetyInput): boolean {
  const byAnswers =
    input.positions !== undefined &&
    answersSuggestSafetyConcern(input.instrumentId, input.positions);
  return byAnswers || (input.notes ?? []).some((note) => needsSupport(note));
}
