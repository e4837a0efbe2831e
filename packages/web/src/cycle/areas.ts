import { RECIPROCITY_AREAS, type ReciprocityArea } from '@recipro/core';
import { t } from '../i18n/index.ts';

const isArea = (value: string): value is ReciprocityArea =>
  (RECIPROCITY_AREAS as readonly string[]).includes(value);

/** A human name for an area of shared life named by the API (the id itself if unknown). */
export const areaLabel = (area: string): string => (isArea(area) ? t(`area.${area}`) : area);
