import { DEFAULT_HALF_LIFE_DAYS } from '@recipro/core';

/**
 * How the stored aggregates are kept. The half-life is fixed for stored data: decayed sums are
 * weighted by it, so changing it means recomputing every circle's aggregates from its acts.
 */
export const ANALYTICS_OPTIONS = { halfLifeDays: DEFAULT_HALF_LIFE_DAYS } as const;
