/**
 * Human labels for the core vocabularies (forms of care, circle kinds, effort). Each form of care
 * and each circle kind also has an icon of the same name (components/icons.ts).
 */
import type { CircleKind, Effort, FormOfCare } from '@recipro/core';
import { t } from './i18n/index.ts';

export const formLabel = (form: FormOfCare): string => t(`form.${form}`);
export const formHint = (form: FormOfCare): string => t(`form.${form}.hint`);

export const kindLabel = (kind: CircleKind): string => t(`kind.${kind}`);

export const effortLabel = (effort: Effort): string => t(`effort.${effort}`);
