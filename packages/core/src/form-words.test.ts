import { describe, expect, it } from 'vitest';
import { FORM_PHRASES } from './analytics/insight-text.ts';
import { FORM_WORDS } from './form-words.ts';
import { FORMS_OF_CARE } from './vocabulary.ts';

describe('the words for forms of care', () => {
  it('say every form: a name for screens, what it covers, and a phrase for sentences', () => {
    expect(Object.keys(FORM_WORDS).sort()).toEqual([...FORMS_OF_CARE].sort());
    for (const form of FORMS_OF_CARE) {
      const { label, hint, phrase } = FORM_WORDS[form];
      expect(label, form).toMatch(/^[A-Z][a-z]/);
      expect(hint.length, form).toBeGreaterThan(10);
      expect(phrase, form).toMatch(/^[a-z]/);
      expect(`${label} ${hint} ${phrase}`, form).not.toContain('_');
    }
  });

  it('are the ones insights use', () => {
    for (const form of FORMS_OF_CARE) expect(FORM_PHRASES[form]).toBe(FORM_WORDS[form].phrase);
  });
});
