/**
 * Words for a chat summary saved to a circle: what kind of chat and when, and who saved it.
 * Pure, so the list and its tests read the same lines.
 */
import type { ChatSummary, SavedChatSummary } from '../api-chat.ts';
import type { CircleDetail } from '../api.ts';
import { memberNamer } from '../components/names.ts';
import { formatDateTime, formatPercent, t } from '../i18n/index.ts';
import { formatChatDate } from './format.ts';

/** "WhatsApp chat, Feb 14, 2024 to Feb 15, 2024"; one date for a chat of one day. */
export function savedTitle(summary: ChatSummary): string {
  const format = t(`chat.format.${summary.format}`);
  if (!summary.first || !summary.last) return t('chat.saved.titleUndated', { format });
  const first = formatChatDate(summary.first);
  const last = formatChatDate(summary.last);
  const period = first === last ? first : t('chat.saved.period', { first, last });
  return t('chat.saved.heading', { format, period });
}

/** "Saved by you on …", "Saved by Tom on …", or "Saved by a former member on …". */
export function savedByLine(saved: SavedChatSummary, circle: CircleDetail): string {
  const when = formatDateTime(saved.createdAt);
  if (saved.memberId === circle.myMemberId) return t('chat.saved.byYou', { when });
  return t('chat.saved.by', { name: memberNamer(circle)(saved.memberId), when });
}

/** 0.667 → "67%". */
export const formatShare = (share: number): string => formatPercent(share);
