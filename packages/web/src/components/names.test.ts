import { describe, expect, it } from 'vitest';
import type { CircleDetail } from '../api.ts';
import { t } from '../i18n/index.ts';
import { isCurrentMember, memberNamer, openingName, otherMembers } from './names.ts';

const circle: CircleDetail = {
  id: 'c1',
  name: 'The Okafors',
  kind: 'family',
  createdAt: '2026-01-01T00:00:00Z',
  myMemberId: 'm1',
  members: [
    { id: 'm1', name: 'Ada', joinedAt: '2026-01-01T00:00:00Z' },
    { id: 'm2', name: 'bell', joinedAt: '2026-01-02T00:00:00Z' },
  ],
  formerMembers: [{ id: 'm3', leftAt: '2026-02-01T00:00:00Z' }],
  keeperMemberId: null,
  pendingMembers: [],
};

describe('memberNamer', () => {
  const nameOf = memberNamer(circle);

  it('names current members as they wrote their names', () => {
    expect(nameOf('m1')).toBe('Ada');
    expect(nameOf('m2')).toBe('bell');
  });

  it('shows someone who left as a former member, never blank', () => {
    expect(nameOf('m3')).toBe('a former member');
    expect(nameOf('an id from long ago')).toBe('a former member');
    expect(t('inbox.from', { name: nameOf('m3') })).toBe('From a former member');
  });
});

describe('openingName', () => {
  const nameOf = memberNamer(circle);
  it('capitalises a former member who opens a sentence', () => {
    expect(openingName(t('given.noticed', { name: nameOf('m3') }))).toBe(
      'A former member noticed this',
    );
  });

  it('leaves people’s own names exactly as written', () => {
    expect(openingName(t('given.noticed', { name: nameOf('m2') }))).toBe('bell noticed this');
    expect(openingName('For a former member')).toBe('For a former member');
  });
});

describe('who a picker offers', () => {
  it('offers only current members other than me', () => {
    expect(otherMembers(circle).map((m) => m.id)).toEqual(['m2']);
    expect(isCurrentMember(circle, 'm2')).toBe(true);
    expect(isCurrentMember(circle, 'm3')).toBe(false);
  });
});
