import { describe, expect, it } from 'vitest';
import { CIRCLE_KINDS } from '../vocabulary.ts';
import { questionsFor } from './bank.ts';
import { hashText, nextQuestion, passOrder, seededShuffle, type AskedQuestion } from './order.ts';

/** The questions a circle meets over `days` days, asking the next one each day. */
function walk(circleId: string, kind: (typeof CIRCLE_KINDS)[number], days: number) {
  const asked: AskedQuestion[] = [];
  for (let d = 0; d < days; d += 1) {
    const { question, pass } = nextQuestion(circleId, kind, asked);
    asked.push({ questionId: question.id, pass });
  }
  return asked;
}

describe('the seeded shuffle', () => {
  it('is a permutation decided by its seed alone', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = seededShuffle(items, 'circle-a/0');
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(seededShuffle(items, 'circle-a/0')).toEqual(a);
    expect(seededShuffle(items, 'circle-b/0')).not.toEqual(a);
    expect(seededShuffle(items, 'circle-a/1')).not.toEqual(a);
    expect(a).not.toEqual(items);
  });

  it('hashes near seeds far apart', () => {
    expect(hashText('a')).not.toBe(hashText('b'));
    expect(hashText('circle/0')).toBe(hashText('circle/0'));
  });

  it('starts circles in different places', () => {
    const firsts = new Set(
      Array.from({ length: 20 }, (_, i) => passOrder(`circle-${i}`, 'couple', 0)[0]!.id),
    );
    expect(firsts.size).toBeGreaterThan(10);
  });
});

describe('the order a circle meets the questions in', () => {
  it.each(CIRCLE_KINDS)(
    'asks a %s circle every question of its kind once before any repeats',
    (kind) => {
      const n = questionsFor(kind).length;
      const asked = walk('7f1c1b7e-circle', kind, n);
      const ids = asked.map((a) => a.questionId);
      expect(new Set(ids).size).toBe(n);
      expect(new Set(ids)).toEqual(new Set(questionsFor(kind).map((q) => q.id)));
      expect(asked.every((a) => a.pass === 0)).toBe(true);
    },
  );

  it('wraps around into a new shuffled pass, without a repeat in a row or within the pass', () => {
    const n = questionsFor('team').length;
    const asked = walk('wrap-circle', 'team', 2 * n + 5);
    const first = asked.slice(0, n).map((a) => a.questionId);
    const second = asked.slice(n, 2 * n);
    expect(second.every((a) => a.pass === 1)).toBe(true);
    expect(new Set(second.map((a) => a.questionId)).size).toBe(n);
    // A new order, not the old one again.
    expect(second.map((a) => a.questionId)).not.toEqual(first);
    expect(asked.slice(2 * n).every((a) => a.pass === 2)).toBe(true);
    for (let i = 1; i < asked.length; i += 1) {
      expect(asked[i]!.questionId).not.toBe(asked[i - 1]!.questionId);
    }
  });

  it('never opens a new pass with the question that closed the last one', () => {
    // Find a circle whose second pass would begin with the last question of its first.
    const kind = 'team';
    const n = questionsFor(kind).length;
    let circleId = '';
    for (let i = 0; i < 5000 && !circleId; i += 1) {
      const id = `clash-${i}`;
      if (passOrder(id, kind, 1)[0]!.id === passOrder(id, kind, 0)[n - 1]!.id) circleId = id;
    }
    expect(circleId).not.toBe('');
    const asked = walk(circleId, kind, n + 2);
    expect(asked[n]!.questionId).not.toBe(asked[n - 1]!.questionId);
    expect(asked[n]!.questionId).toBe(passOrder(circleId, kind, 1)[1]!.id);
    // The skipped one comes next: the pass still holds every question once.
    expect(asked[n + 1]!.questionId).toBe(passOrder(circleId, kind, 1)[0]!.id);
  });

  it('is the same for the same circle and history, and differs between circles', () => {
    const a = walk('circle-one', 'family', 30).map((x) => x.questionId);
    expect(walk('circle-one', 'family', 30).map((x) => x.questionId)).toEqual(a);
    expect(walk('circle-two', 'family', 30).map((x) => x.questionId)).not.toEqual(a);
  });

  it('counts a question set aside with "another question" as asked', () => {
    const asked = walk('swap-circle', 'friends', 3);
    const setAside = nextQuestion('swap-circle', 'friends', asked);
    const withSwap = [...asked, { questionId: setAside.question.id, pass: setAside.pass }];
    const instead = nextQuestion('swap-circle', 'friends', withSwap);
    expect(instead.question.id).not.toBe(setAside.question.id);
    const rest = walk('swap-circle', 'friends', questionsFor('friends').length).map(
      (x) => x.questionId,
    );
    // The walk goes on in the same order, one further along.
    expect(instead.question.id).toBe(rest[4]);
  });

  it('skips what was asked in an earlier pass only within that pass', () => {
    const n = questionsFor('couple').length;
    const asked = walk('passes', 'couple', n);
    const next = nextQuestion('passes', 'couple', asked);
    expect(next.pass).toBe(1);
    expect(asked.map((a) => a.questionId)).toContain(next.question.id);
  });
});
