import { reflectionPromptsFor, valuesQuestionsFor } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { promptText } from './prompt-text.ts';

describe('recipro’s own prompts in the reader’s language', () => {
  const prompt = reflectionPromptsFor('family')[0]!;
  const values = valuesQuestionsFor('team')[0]!;

  it('shows the server’s English words to an English reader', () => {
    expect(promptText('reflectionPrompt', prompt, 'family')).toBe(prompt.text);
    expect(promptText('valuesQuestion', values, 'team')).toBe(values.text);
  });

  it('words each in another language, for the circle’s kind where the words differ', () => {
    installCatalogue('es', completeCatalogues.es);
    try {
      const family = promptText('reflectionPrompt', prompt, 'family');
      const couple = promptText('reflectionPrompt', reflectionPromptsFor('couple')[0]!, 'couple');
      expect(family).not.toBe(prompt.text);
      expect(family).toBe(completeCatalogues.es[`reflectionPrompt.${prompt.id}.family`]);
      expect(couple).not.toBe(family);
      expect(promptText('valuesQuestion', values, 'team')).not.toBe(values.text);
      // One the catalogue does not know (a newer server) stays as the server sent it.
      expect(promptText('needsStarter', { id: 'not_yet_worded', text: 'I wish …' }, 'couple')).toBe(
        'I wish …',
      );
    } finally {
      installCatalogue('en', en);
    }
  });
});
