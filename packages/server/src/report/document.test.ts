import { LOCALES, reportContents } from '@recipro/core';
import { describe, expect, it } from 'vitest';
import { act, day, emptySource, sheet } from '../../../core/src/report/test-source.ts';
import { reportDocument } from './document.ts';

const contents = (kind: 'couple' | 'family') =>
  reportContents(
    emptySource({
      kind,
      acts: Array.from({ length: 10 }, (_, i) => act('a', 'b', day(i), { noticedAt: day(i) })),
      seasons: [
        { id: 's', memberId: 'b', kind: 'grief', startsAt: day(2), endsAt: null, note: null },
      ],
      checkins: [
        {
          id: 'c',
          instrument: 'csi4',
          openedAt: day(3),
          closed: false,
          memberCount: 2,
          answers: [
            { memberId: 'a', positions: sheet('csi4', 3), total: 12, note: null },
            { memberId: 'b', positions: sheet('csi4', 3), total: 15, note: null },
          ],
        },
      ],
      ruptures: [
        {
          id: 'r',
          occurredAt: day(4),
          note: null,
          notePrivate: false,
          repairStartedByMemberId: 'a',
          involvedMemberIds: ['a', 'b'],
          repairedAt: day(5),
          repairedBy: ['a', 'b'],
        },
      ],
    }),
  );

describe('a report in words', () => {
  it.each(LOCALES)('says every section in %s, from its own catalogue', (locale) => {
    const doc = reportDocument(
      {
        contents: contents('couple'),
        additions: [{ memberId: 'b', text: 'Ben’s words' }],
        agreed: true,
        now: day(40),
      },
      locale,
    );
    expect(doc.sections.map((s) => s.id)).toEqual([
      'about',
      'care',
      'rhythm',
      'seasons',
      'checkins',
      'csi',
      'values',
      'repair',
      'load',
      'rituals',
      'additions',
    ]);
    const all = JSON.stringify(doc);
    // A message that could not be rendered would show its key.
    expect(all).not.toMatch(/"report\.[a-z]/);
    expect(doc.sections.find((s) => s.id === 'csi')?.professional).toBe(true);
    expect(doc.sections.find((s) => s.id === 'additions')?.quotes).toEqual([
      { name: expect.stringContaining('Ben'), text: 'Ben’s words' },
    ]);
    expect(doc.direction).toBe(locale === 'ar' ? 'rtl' : 'ltr');
  });

  it('gives CSI totals to couples only, and says a draft is a draft', () => {
    const doc = reportDocument(
      { contents: contents('family'), additions: [], agreed: false, now: day(40) },
      'en',
    );
    expect(doc.sections.some((s) => s.professional)).toBe(false);
    expect(doc.status).toContain('A draft');
    expect(doc.period).toBe('Mar 1, 2026 to Mar 31, 2026');
  });

  it('says repair as a pattern, naming nobody and counting nobody', () => {
    const doc = reportDocument(
      { contents: contents('couple'), additions: [], agreed: true, now: day(40) },
      'en',
    );
    const repair = doc.sections.find((s) => s.id === 'repair');
    expect(repair?.lines.join(' ')).not.toMatch(/Ann|Ben/);
    expect(repair?.lines).toContain(
      'Median time to repair: 24 hours. Repaired within a day: 100%.',
    );
  });
});
