/**
 * English messages of choosing a language (Settings, the welcome screen) and of care across
 * cultures. Merged into `en` in en.ts; keys start with `language.` or `culture.`.
 */
export const enLanguage = {
  'language.label': 'Language',
  'language.kept': 'Kept with your account, on every device.',
  'language.notKept':
    'This device now speaks your language, but your account could not keep it just now. Please choose it again in a moment.',
};
