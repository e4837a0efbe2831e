import type { InstrumentItem } from '@recipro/core';
import { t } from '../i18n/index.ts';
import { sentenceCase } from './sentence-case.ts';

/** One member's answer to an item, as printed: the option's label, or the word-pair position. */
export function AnswerText({
  item,
  position,
}: {
  readonly item: InstrumentItem;
  readonly position: number | null | undefined;
}) {
  if (position === null || position === undefined) {
    return <span className="muted">{t('checkin.reveal.none')}</span>;
  }
  if (item.kind === 'choice')
    return <span>{sentenceCase(item.options[position]?.label ?? '')}</span>;
  const count = item.scores.length;
  return (
    <span className="pair-answer">
      <span className="sr-only">
        {t('checkin.pair.position', {
          position: position + 1,
          count,
          left: sentenceCase(item.left),
          right: sentenceCase(item.right),
        })}
      </span>
      <span aria-hidden="true" className="pair-answer-visual">
        <span className="pair-word-small">{sentenceCase(item.left)}</span>
        {item.scores.map((_score, p) => (
          <span key={p} className={p === position ? 'dot dot-on' : 'dot'} />
        ))}
        <span className="pair-word-small">{sentenceCase(item.right)}</span>
      </span>
    </span>
  );
}
