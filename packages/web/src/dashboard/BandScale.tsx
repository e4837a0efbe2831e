import { BALANCE_BANDS, type BalanceBand } from '@recipro/core';
import { bandLabel } from './labels.ts';

/**
 * The three bands side by side with the pair's band lit: where the rhythm sits, never a number
 * or a position on a scale. Decorative: the band's words are right beside it.
 */
export function BandScale({ band, thin }: { readonly band: BalanceBand; readonly thin: boolean }) {
  return (
    <div className={thin ? 'band-scale thin' : 'band-scale'} aria-hidden="true">
      {BALANCE_BANDS.map((option) => (
        <span
          key={option}
          className={option === band && !thin ? `band-step band-${option} lit` : 'band-step'}
        >
          {bandLabel(option)}
        </span>
      ))}
    </div>
  );
}
