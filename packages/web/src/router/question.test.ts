import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { questionPaths } from './question.ts';

describe('the address of a circle’s question of the day', () => {
  it('reads and writes /circles/:id/question', () => {
    expect(questionPaths.today('c 1')).toBe('/circles/c%201/question');
    expect(parseRoute('/circles/c%201/question', '')).toEqual({
      name: 'question',
      circleId: 'c 1',
    });
    expect(parseRoute('/circles/c1/questions', '').name).toBe('notFound');
    expect(parseRoute('/circles/c1/question/extra', '').name).toBe('notFound');
  });
});
