import { describe, expect, it } from 'vitest';
import type { Update } from '../api-updates.ts';
import { append, markRead, newestOver, type Shown } from './pages.ts';

const update = (id: string, readAt: string | null = null): Update => ({
  id,
  kind: 'ritual_changed',
  circleId: 'c1',
  circleName: 'Home',
  actorMemberId: 'm1',
  actorName: 'Ana',
  subjectId: 'r1',
  detail: null,
  createdAt: '2026-01-10T12:00:00.000Z',
  readAt,
});
const ids = (shown: Shown) => shown.updates.map((u) => u.id);
const page = (list: Update[], next: string | null = null) => ({
  updates: list,
  unread: 0,
  next,
});

describe('pages of updates', () => {
  it('appends an older page without showing an update twice', () => {
    const shown = { updates: [update('u5'), update('u4')], next: 'u4' };
    const next = append(shown, page([update('u4'), update('u3')], 'u3'));
    expect(ids(next)).toEqual(['u5', 'u4', 'u3']);
    expect(next.next).toBe('u3');
  });

  it('lays the newest page over what is shown: new ones on top, read marks as the server has them', () => {
    const shown = {
      updates: [update('u5'), update('u4'), update('u3'), update('u2')],
      next: 'u2',
    };
    const next = newestOver(
      shown,
      page([update('u7'), update('u6'), update('u5', '2026-01-10T13:00:00.000Z')], 'u5'),
    );
    expect(ids(next)).toEqual(['u7', 'u6', 'u5', 'u4', 'u3', 'u2']);
    expect(next.updates[2]?.readAt).toBe('2026-01-10T13:00:00.000Z');
    // Paging goes on from where the shown pages left off.
    expect(next.next).toBe('u2');
  });

  it('starts again from the newest page when it shares nothing with what is shown', () => {
    const shown = { updates: [update('u2'), update('u1')], next: null };
    const next = newestOver(shown, page([update('u40'), update('u39')], 'u39'));
    expect(ids(next)).toEqual(['u40', 'u39']);
    expect(next.next).toBe('u39');
    expect(ids(newestOver(undefined, page([update('u1')])))).toEqual(['u1']);
  });

  it('marks read only the unread ones picked, keeping an earlier read time', () => {
    const earlier = '2026-01-09T08:00:00.000Z';
    const at = '2026-01-10T12:30:00.000Z';
    const marked = markRead(
      [update('u3'), update('u2', earlier), update('u1')],
      (u) => u.id !== 'u1',
      at,
    );
    expect(marked.map((u) => u.readAt)).toEqual([at, earlier, null]);
  });
});
