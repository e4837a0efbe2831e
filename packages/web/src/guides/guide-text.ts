import { guideText as catalogueText } from '../components/guide-catalogue.ts';

/**
 * A guide's words by key: its lead, paragraphs and "try this" come with the Guides screens, in
 * the reader's language (the `guideBodies` area, i18n/areas.ts, which Routes.tsx loads first);
 * titles come from the catalogue every screen has.
 */
export const guideText = (key: string): string => catalogueText(key);
