import { RECIPROCITY_AREAS, type CircleKind, type ReciprocityArea } from '@recipro/core';
import { t } from '../i18n/index.ts';

const isArea = (value: string): value is ReciprocityArea =>
  (RECIPROCITY_AREAS as readonly string[]).includes(value);

/** Friends and teams share chores, not a household. */
const sharesAHome = (kind: CircleKind) => kind === 'couple' || kind === 'family';

/**
 * A human name for an area of shared life named by the API (the id itself if unknown), in the
 * words of the circle's kind.
 */
export const areaLabel =
  (kind: CircleKind) =>
  (area: string): string => {
    if (!isArea(area)) return area;
    if (area === 'chores' && !sharesAHome(kind)) return t('area.chores.shared');
    return t(`area.${area}`);
  };
