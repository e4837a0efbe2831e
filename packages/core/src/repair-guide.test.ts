import { describe, expect, it } from 'vitest';
import {
  agreementsOf,
  comeBackAt,
  COME_BACK_AFTER_MS,
  finishProblem,
  GUIDE_STEPS,
  GUIDE_TEXT_STEPS,
  guideStatus,
  type GuideAnswers,
} from './repair-guide.ts';

const blank: GuideAnswers = {
  pause: 'ready',
  saw: '',
  myPart: '',
  needed: '',
  wouldHelp: '',
  agreement: '',
};

describe('the steps of a guided repair', () => {
  it('start with the pause, then the written steps in order, each once', () => {
    expect(GUIDE_STEPS).toEqual(['pause', 'saw', 'myPart', 'needed', 'wouldHelp', 'agreement']);
    expect(new Set(GUIDE_STEPS).size).toBe(GUIDE_STEPS.length);
  });
});

describe('finishProblem', () => {
  it('asks for a "ready" at the pause before anything can be shared', () => {
    expect(finishProblem({ ...blank, pause: 'not_yet', saw: 'I felt alone' })).toBe('not_ready');
  });

  it('asks for at least one written step; blanks do not count', () => {
    expect(finishProblem(blank)).toBe('nothing_written');
    expect(finishProblem({ ...blank, saw: '  \n\t ', agreement: '\u00a0' })).toBe(
      'nothing_written',
    );
  });

  it('lets any one written step finish, whichever it is', () => {
    for (const step of GUIDE_TEXT_STEPS) {
      expect(finishProblem({ ...blank, [step]: 'a few words' }), step).toBeNull();
    }
  });
});

describe('guideStatus', () => {
  it('stays open until everyone involved has finished, then is revealed', () => {
    expect(guideStatus(['a', 'b'], [])).toBe('open');
    expect(guideStatus(['a', 'b'], ['a'])).toBe('open');
    expect(guideStatus(['a', 'b'], ['b', 'a'])).toBe('revealed');
  });

  it('does not count someone who is not involved', () => {
    expect(guideStatus(['a', 'b'], ['a', 'c'])).toBe('open');
    expect(guideStatus(['a'], ['a', 'c'])).toBe('revealed');
  });

  it('keeps a guide nobody is in open', () => {
    expect(guideStatus([], ['a'])).toBe('open');
  });
});

describe('comeBackAt', () => {
  const t0 = Date.UTC(2026, 2, 1, 18, 0);

  it('is null when nobody says "not yet"', () => {
    expect(comeBackAt([])).toBeNull();
    expect(comeBackAt([{ pause: 'ready', notYetAt: null }])).toBeNull();
    // A "not yet" since changed to "ready" no longer holds anyone back.
    expect(comeBackAt([{ pause: 'ready', notYetAt: t0 }])).toBeNull();
  });

  it('suggests half an hour after the latest "not yet" that still holds', () => {
    expect(COME_BACK_AFTER_MS).toBe(30 * 60 * 1000);
    expect(
      comeBackAt([
        { pause: 'not_yet', notYetAt: t0 },
        { pause: 'not_yet', notYetAt: t0 + 10 * 60_000 },
        { pause: 'ready', notYetAt: t0 + 20 * 60_000 },
      ]),
    ).toBe(t0 + 40 * 60_000);
  });
});

describe('agreementsOf', () => {
  const answer = (memberId: string, agreement: string, agreesWith: string[] = []) => ({
    memberId,
    agreement,
    agreesWith,
  });

  it('lists each written proposal in the order of those involved, its author in on it', () => {
    expect(
      agreementsOf(['a', 'b'], [answer('b', 'Walk on Sunday'), answer('a', 'Say "pause"')]),
    ).toEqual([
      { proposedBy: 'a', agreedBy: ['a'], agreed: false },
      { proposedBy: 'b', agreedBy: ['b'], agreed: false },
    ]);
  });

  it('is agreed once everyone involved is in on it', () => {
    const result = agreementsOf(
      ['a', 'b', 'c'],
      [answer('a', 'Say "pause"'), answer('b', '', ['a']), answer('c', '', ['a'])],
    );
    expect(result).toEqual([{ proposedBy: 'a', agreedBy: ['a', 'b', 'c'], agreed: true }]);
  });

  it('leaves out blank proposals, and those of anyone not involved', () => {
    expect(
      agreementsOf(['a', 'b'], [answer('a', '   ', ['b']), answer('z', 'Something', ['a'])]),
    ).toEqual([]);
  });

  it('counts nothing for saying yes to a blank proposal, to one’s own, or from outside', () => {
    const result = agreementsOf(
      ['a', 'b'],
      [answer('a', 'Tea first', ['a', 'b']), answer('b', ' ', ['b']), answer('z', '', ['a'])],
    );
    expect(result).toEqual([{ proposedBy: 'a', agreedBy: ['a'], agreed: false }]);
  });
});
