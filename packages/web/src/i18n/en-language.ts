/**
 * English messages of choosing a language (Settings, the welcome screen) and of care across
 * cultures (under the forms of care and the care languages). Merged into `en` in en.ts; keys start
 * with `language.` or `culture.`.
 */
export const enLanguage = {
  'language.label': 'Language',
  'language.kept': 'Kept with your account, on every device.',
  'language.notKept':
    'This device now speaks your language, but your account could not keep it just now. Please choose it again in a moment.',
  'culture.note':
    'Families and cultures show care in different ways: in acts, in words, in loyalty, in being reliable, in giving space. Every one of them counts.',
  'instrument.inEnglish.published':
    'These questions are shown in English, in their authors’ words: recipro has no tested {language} translation of this questionnaire yet.',
  'instrument.inEnglish.own':
    'These questions are still in English; recipro’s {language} wording of them is on its way.',
};
