import { REFLECTION_PROMPTS, REFLECTION_PROMPT_WORDS, VALUES_QUESTIONS } from '@recipro/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { completeCatalogues } from '../i18n/complete.ts';
import { en } from '../i18n/en.ts';
import { installCatalogue } from '../i18n/index.ts';
import { promptText, wordedList } from './prompt-text.ts';

// Each test in English with the prompts' area, as the cycle's screens load it (areas.ts).
beforeEach(() => loadArea('prompts'));

describe('recipro’s own prompts in the reader’s language', () => {
  const prompt = REFLECTION_PROMPTS[0]!;
  const values = VALUES_QUESTIONS[0]!;
  const written = REFLECTION_PROMPT_WORDS[0]!.words;

  it('words each in English by id and kind, from core’s one table of their words', () => {
    expect(typeof written).toBe('object');
    if (typeof written === 'string') return;
    expect(promptText('reflectionPrompt', prompt, 'family')).toBe(written.family);
    expect(promptText('reflectionPrompt', prompt, 'team')).toBe(written.team);
    expect(promptText('valuesQuestion', values, 'team')).toMatch(/\?$/);
  });

  it('words each in another language, for the circle’s kind where the words differ', () => {
    installCatalogue('es', completeCatalogues.es);
    try {
      const family = promptText('reflectionPrompt', prompt, 'family');
      const couple = promptText('reflectionPrompt', prompt, 'couple');
      expect(family).toBe(completeCatalogues.es[`reflectionPrompt.${prompt.id}.family`]);
      expect(couple).not.toBe(family);
      expect(promptText('valuesQuestion', values, 'team')).not.toBe(
        completeCatalogues.en[`valuesQuestion.${values.id}.team`] ??
          completeCatalogues.en[`valuesQuestion.${values.id}`],
      );
    } finally {
      installCatalogue('en', en);
    }
  });

  it('leaves out an id it has no words for (one newer than this copy of the app)', () => {
    expect(promptText('needsStarter', { id: 'not_yet_worded' }, 'couple')).toBeNull();
    const listed = wordedList(
      'needsStarter',
      [{ id: 'not_yet_worded' }, { id: 'need_could_we_try' }],
      'couple',
    );
    expect(listed).toEqual([{ id: 'need_could_we_try', text: 'Could we try …' }]);
  });
});
