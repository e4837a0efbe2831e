import type { Review } from '../api-cycle.ts';
import { formatPercent, t, tn } from '../i18n/index.ts';

/** How soon hard moments were repaired, as the review says it: "under a minute", "2.5 hours". */
function repairTime(seconds: number): string {
  if (seconds < 60) return t('review.duration.underMinute');
  if (seconds < 3600) return tn('review.duration.minutes', Math.round(seconds / 60));
  return tn('review.duration.hours', Math.round(seconds / 360) / 10);
}

/**
 * The month in a few words, in the reader's language, from the review's numbers: the acts logged
 * against the month before, how much was noticed, the hard moments and how soon they were
 * repaired. Each speaks to the whole circle and names nobody (docs/voice.md). Core and the
 * server send the numbers only (core's monthlyReview); the words are the catalogue's.
 */
export function reviewSentences(review: Review): string[] {
  const { acts, previous, changes, repair } = review;
  const sentences: string[] = [];
  if (acts.acts === 0) {
    sentences.push(t('review.sentence.none'));
  } else {
    sentences.push(
      tn('review.sentence.acts', acts.acts, {
        compared: previous.acts === 0 ? 'none' : changes.acts,
        more: acts.acts - previous.acts,
        before: previous.acts,
      }),
    );
    if (acts.noticedRate !== null) {
      sentences.push(
        t(acts.noticedRate >= 0.5 ? 'review.sentence.noticed' : 'review.sentence.noticedFew', {
          percent: formatPercent(acts.noticedRate),
        }),
      );
    }
  }
  if (repair.ruptures > 0) {
    sentences.push(
      repair.repaired === 0
        ? tn('review.sentence.notRepaired', repair.ruptures)
        : tn('review.sentence.repaired', repair.ruptures, {
            repaired: repair.repaired,
            duration: repairTime(repair.medianSecondsToRepair ?? 0),
          }),
    );
  }
  return sentences;
}
