import {
  instrumentAllowedFor,
  instrumentsFor,
  type CircleKind,
  type Instrument,
} from '@recipro/core';
import { AppError } from '../errors.ts';

/**
 * Refuses an instrument a circle of this kind may not use (the CSI outside couples), as a
 * validation error on the `instrument` field, before anything is stored.
 */
export function assertInstrumentForKind(kind: CircleKind, instrument: Instrument): void {
  if (instrumentAllowedFor(kind, instrument.id)) return;
  throw new AppError(
    'validation_failed',
    `${instrument.name} is a questionnaire for couples. A ${kind} circle can use: ${instrumentsFor(kind).join(', ')}.`,
    { details: [{ field: 'instrument', code: 'not_for_circle_kind', kind }] },
  );
}
