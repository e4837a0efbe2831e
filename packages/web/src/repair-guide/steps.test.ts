import { GUIDE_TEXT_STEPS } from '@recipro/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArea } from '../i18n/areas.ts';
import { t } from '../i18n/index.ts';
import type { RepairGuide } from './api.ts';
import {
  draftOf,
  EXAMPLES,
  finishBlock,
  SCREENS,
  startFrom,
  stillToFinish,
  toAnswers,
} from './steps.ts';

const guide = (change: Partial<RepairGuide> = {}): RepairGuide => ({
  ruptureId: 'r1',
  status: 'open',
  involvedMemberIds: ['me', 'sam', 'ana'],
  finishedBy: [],
  notYet: false,
  comeBackAt: null,
  mine: null,
  ...change,
});

// The repair guide's words load with its screen (i18n/areas.ts).
beforeAll(() => loadArea('repairGuide'));

describe('the screens of the guide', () => {
  it('are the pause, each written step, then a look over it all', () => {
    expect(SCREENS).toEqual(['pause', ...GUIDE_TEXT_STEPS, 'review']);
  });
});

describe('drafts', () => {
  it('start empty, with no pause chosen, and cannot be sent or finished yet', () => {
    const draft = draftOf(guide());
    expect(draft).toEqual({
      pause: null,
      saw: '',
      myPart: '',
      needed: '',
      wouldHelp: '',
      agreement: '',
    });
    expect(toAnswers(draft)).toBeUndefined();
    expect(finishBlock(draft)).toBe('not_ready');
  });

  it('go on from what was saved, exactly as written', () => {
    const mine = {
      pause: 'ready' as const,
      saw: '  as typed \n',
      myPart: '',
      needed: '',
      wouldHelp: '',
      agreement: '',
      agreesWith: [],
      updatedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: null,
    };
    const draft = draftOf(guide({ mine }));
    expect(draft.saw).toBe('  as typed \n');
    expect(toAnswers(draft)).toEqual({ ...draft, pause: 'ready' });
    expect(finishBlock(draft)).toBeNull();
    expect(finishBlock({ ...draft, saw: ' ' })).toBe('nothing_written');
  });
});

describe('examples', () => {
  it('offer at least three for every written step, each a sentence of its own', () => {
    for (const step of GUIDE_TEXT_STEPS) {
      expect(EXAMPLES[step].length, step).toBeGreaterThanOrEqual(3);
      for (const key of EXAMPLES[step]) expect(t(key)).toMatch(/^[A-Z].*[.!]$/);
    }
  });

  it('speak of the writer, never tell someone else what they did', () => {
    for (const key of Object.values(EXAMPLES).flat()) {
      const text = t(key);
      expect(text, key).not.toMatch(/^you\b/i);
      expect(text, key).not.toMatch(/\byou (always|never|made|did|should|were)\b/i);
      expect(text, key).toMatch(/\b(I|we|us|my|me)\b/i);
    }
  });

  it('start a blank step, or are added below what is written', () => {
    expect(startFrom('', 'Example.')).toBe('Example.');
    expect(startFrom('  \n', 'Example.')).toBe('Example.');
    expect(startFrom('Mine. \n', 'Example.')).toBe('Mine.\nExample.');
  });
});

describe('stillToFinish', () => {
  it('names the others who have not finished, in the guide’s order', () => {
    expect(stillToFinish(guide({ finishedBy: ['sam'] }), 'me')).toEqual(['ana']);
    expect(stillToFinish(guide({ finishedBy: ['me'] }), 'me')).toEqual(['sam', 'ana']);
  });
});
