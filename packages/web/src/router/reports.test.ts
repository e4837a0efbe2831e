import { describe, expect, it } from 'vitest';
import { parseRoute } from '../router.ts';
import { reportPaths } from './reports.ts';

describe('the addresses of reports', () => {
  it('reads back what it writes, and nothing else', () => {
    expect(parseRoute(reportPaths.report('c 1'), '')).toEqual({ name: 'report', circleId: 'c 1' });
    expect(parseRoute(reportPaths.counselling(), '')).toEqual({ name: 'counselling' });
    expect(parseRoute('/circles/c1/report/x', '').name).toBe('notFound');
    expect(parseRoute('/counselling/x', '').name).toBe('notFound');
  });
});
