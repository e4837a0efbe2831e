import { guideText as catalogueText } from '../components/guide-catalogue.ts';
import { enGuideBodies } from '../i18n/en-guide-bodies.ts';

/**
 * A guide's words by key: its lead, paragraphs and "try this" from the bodies that load with the
 * Guides screens, anything else (titles) from the catalogue every screen has.
 */
export const guideText = (key: string): string =>
  Object.hasOwn(enGuideBodies, key)
    ? enGuideBodies[key as keyof typeof enGuideBodies]
    : catalogueText(key);
