/**
 * Small phrase lists for apologies/repair and for appreciation, in English, Spanish, German,
 * French, Portuguese and romanised Hindi. Lower-case; matched case-insensitively at the start
 * of a word (see phrase-trie.ts), so "thank" also finds "thanks" and "thankful".
 */
export const apologyPhrases: readonly string[] = [
  // English
  'sorry',
  'apologi',
  'my bad',
  'my fault',
  'forgive me',
  'i was wrong',
  // Spanish
  'lo siento',
  'perdón',
  'perdon',
  'perdóname',
  'disculpa',
  'disculpe',
  // German
  'entschuldig',
  'tut mir leid',
  'verzeih',
  // French
  'désolé',
  'desole',
  'pardon',
  'excuse-moi',
  'excusez-moi',
  // Portuguese
  'desculpa',
  'desculpe',
  'perdão',
  'sinto muito',
  // romanised Hindi
  'maaf',
  'maafi',
  'galti ho gayi',
  'galti ho gai',
];

/** See {@link apologyPhrases}. */
export const appreciationPhrases: readonly string[] = [
  // English
  'thank',
  'thx',
  'appreciate',
  'grateful',
  // Spanish
  'gracias',
  'te agradezco',
  'agradecid',
  // German
  'danke',
  'dankeschön',
  'vielen dank',
  // French
  'merci',
  'je te remercie',
  // Portuguese
  'obrigad',
  'valeu',
  'agradeço',
  // romanised Hindi
  'shukriya',
  'dhanyavaad',
  'dhanyawad',
  'dhanyavad',
];
