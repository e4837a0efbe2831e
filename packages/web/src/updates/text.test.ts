import { describe, expect, it } from 'vitest';
import { UPDATE_KINDS } from '@recipro/core';
import type { SeenUpdate } from '../api-updates.ts';
import { updateIcon, updateLine, updateLink } from './text.ts';

const update = (change: Partial<SeenUpdate>): SeenUpdate => ({
  id: 'u1',
  kind: 'act_questioned',
  circleId: 'c 1',
  circleName: 'Alex & Sam',
  actorMemberId: 'm2',
  actorName: 'Sam',
  subjectId: 's1',
  detail: null,
  createdAt: '2026-01-10T12:00:00.000Z',
  readAt: null,
  ...change,
});

/**
 * Kinds whose line names nobody: being removed, what the whole circle did (everyone answered a
 * check-in or the day's question, everyone repaired), a check-in waiting (who answered first is nobody's business), and
 * "noticed" (a daily bundle, not a person).
 */
const NAME_NOBODY: readonly string[] = [
  'removed_from_circle',
  'checkin_waiting',
  'checkin_ready',
  'values_waiting',
  'values_ready',
  'rupture_repaired',
  'repair_guide_waiting',
  'repair_guide_revealed',
  'act_noticed',
  'question_answered',
];

describe('the line of an update', () => {
  it('tells the giver gently that an act was not recognised, and leads to the circle', () => {
    const questioned = update({ kind: 'act_questioned' });
    expect(updateLine(questioned)).toBe(
      'Sam didn’t recognise an act of care you logged in Alex & Sam. You can change it or take it back.',
    );
    expect(updateLink(questioned)).toBe('/circles/c%201');
  });

  it('names the person and the circle of every kind, with every placeholder filled', () => {
    for (const kind of UPDATE_KINDS) {
      const line = updateLine(update({ kind }));
      expect(line, kind).not.toMatch(/[{}]/);
      expect(line, kind).toContain('Alex & Sam');
      if (!NAME_NOBODY.includes(kind)) expect(line, kind).toMatch(/^Sam /);
      else expect(line, kind).not.toMatch(/^Sam /);
    }
  });

  it('says "Someone" when the person has left or is unknown', () => {
    expect(updateLine(update({ kind: 'ritual_stopped', actorName: null }))).toBe(
      'Someone stopped a ritual you shared in Alex & Sam.',
    );
    expect(updateLine(update({ kind: 'member_admitted', actorName: null }))).toBe(
      'Someone new has joined Alex & Sam.',
    );
    expect(updateLine(update({ kind: 'member_admitted' }))).toBe(
      'Sam let someone new into Alex & Sam.',
    );
  });

  it('reads only "accepted" or "declined" from detail, and never shows anything else in it', () => {
    expect(updateLine(update({ kind: 'season_answered', detail: 'accepted' }))).toBe(
      'Sam accepted the season you suggested in Alex & Sam.',
    );
    expect(updateLine(update({ kind: 'handover_answered', detail: 'declined' }))).toBe(
      'Sam declined the hand-over you proposed in Alex & Sam.',
    );
    for (const kind of [...UPDATE_KINDS, 'a_kind_from_later']) {
      const line = updateLine(update({ kind, detail: 'my private words' }));
      expect(line, kind).not.toContain('private');
    }
    expect(updateLine(update({ kind: 'season_answered', detail: 'constructor' }))).toBe(
      'Sam answered the season you suggested in Alex & Sam.',
    );
  });

  it('says a kind it does not know in general words, leading to the circle', () => {
    const later = update({ kind: 'a_kind_from_later' });
    expect(updateLine(later)).toBe('Something changed in Alex & Sam.');
    expect(updateLink(later)).toBe('/circles/c%201');
    expect(updateIcon(later)).toBe('bell');
    expect(updateLine(update({ kind: 'a_kind_from_later', circleName: null }))).toBe(
      'Something changed in one of your circles.',
    );
  });

  it('tells a removed person they are no longer in the circle, and leads home', () => {
    const removed = update({ kind: 'removed_from_circle', actorName: null, circleName: null });
    expect(updateLine(removed)).toBe('You are no longer in a circle you were part of.');
    expect(updateLine({ ...removed, circleName: 'Book club' })).toBe(
      'You are no longer in Book club.',
    );
    expect(updateLink(removed)).toBe('/');
  });
});

describe('the place of an update', () => {
  it('leads to the screen that holds what it is about', () => {
    const at = (kind: string) => updateLink(update({ kind, circleId: 'c1' }));
    expect(at('invitation_accepted')).toBe('/circles/c1');
    expect(at('member_admitted')).toBe('/circles/c1');
    expect(at('welcome')).toBe('/circles/c1');
    expect(at('season_suggested')).toBe('/circles/c1/balance');
    expect(at('season_answered')).toBe('/circles/c1/balance');
    expect(at('handover_proposed')).toBe('/circles/c1/load');
    expect(at('handover_answered')).toBe('/circles/c1/load');
    expect(at('responsibility_changed')).toBe('/circles/c1/load');
    expect(at('responsibility_removed')).toBe('/circles/c1/load');
    expect(at('ritual_changed')).toBe('/circles/c1/rituals');
    expect(at('ritual_stopped')).toBe('/circles/c1/rituals');
    expect(at('repair_guide_waiting')).toBe('/circles/c1/repair/s1/guide');
    expect(at('repair_guide_revealed')).toBe('/circles/c1/repair/s1/guide');
    expect(
      updateLink(update({ kind: 'repair_guide_waiting', circleId: 'c1', subjectId: null })),
    ).toBe('/circles/c1/repair');
    expect(at('question_answered')).toBe('/circles/c1/question');
  });

  it('says everyone answered today’s question without naming anyone or saying anything of it', () => {
    const ready = update({ kind: 'question_answered', actorMemberId: null, actorName: null });
    expect(updateLine(ready)).toBe(
      'Everyone in Alex & Sam has answered today’s question: you can read the answers together.',
    );
    expect(updateIcon(ready)).toBe('communication');
  });

  it('says a check-in the schedule opened was opened as planned, and one a member opened by whom', () => {
    const scheduled = update({ kind: 'checkin_opened', actorMemberId: null, actorName: null });
    expect(updateLine(scheduled)).toBe(
      'A check-in opened in Alex & Sam, as your circle planned. Answer it on your own time.',
    );
    const opened = update({ kind: 'checkin_opened' });
    expect(updateLine(opened)).toMatch(/ opened a check-in in Alex & Sam\./);
  });
});
