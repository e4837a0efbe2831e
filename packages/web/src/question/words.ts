/**
 * How the state of a day's question is said: who has answered and whom the answers wait for,
 * by name, never as a count (docs/voice.md), the reader first as "you".
 */
import type { CircleDetail } from '../api.ts';
import { memberNamer, openingName } from '../components/names.ts';
import { andList, dateTimeFormat, t } from '../i18n/index.ts';
import type { QuestionTheme } from './api.ts';

/** "You and Sam have answered.", "Sam has answered.", "Nobody has answered yet." */
export function answeredLine(circle: CircleDetail, answeredBy: readonly string[]): string {
  const nameOf = memberNamer(circle);
  const me = circle.myMemberId;
  const others = answeredBy.filter((id) => id !== me).map(nameOf);
  if (!answeredBy.includes(me)) {
    if (others.length === 0) return t('question.answered.none');
    if (others.length === 1) return openingName(t('question.answered.one', { name: others[0]! }));
    return openingName(t('question.answered.many', { names: andList(others) }));
  }
  if (others.length === 0) return t('question.answered.onlyYou');
  return t('question.answered.withYou', { names: andList([t('question.you'), ...others]) });
}

/** The names of those the answers still wait for, other than the reader, or undefined. */
export function waitingNames(
  circle: CircleDetail,
  waitingFor: readonly string[],
): string | undefined {
  const nameOf = memberNamer(circle);
  const others = waitingFor.filter((id) => id !== circle.myMemberId).map(nameOf);
  return others.length === 0 ? undefined : andList(others);
}

/** "Appreciation · a light one". */
export const aboutLine = (theme: QuestionTheme, depth: 'light' | 'deeper'): string =>
  t('question.about', {
    theme: t(`question.theme.${theme}`),
    depth: t(`question.depth.${depth}`),
  });

/** A calendar day (YYYY-MM-DD) in words, as the day itself (not shifted by a time zone). */
export function dayInWords(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return dateTimeFormat({
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1)));
}
