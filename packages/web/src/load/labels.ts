import type { Effort, Frequency, ResponsibilityArea, Stage } from '@recipro/core';
import { formatPercent, t } from '../i18n/index.ts';

/** Human words for the load divider's vocabularies. */
export const areaLabel = (area: ResponsibilityArea) => t(`load.area.${area}`);
export const frequencyLabel = (frequency: Frequency) => t(`load.frequency.${frequency}`);
export const effortLabel = (effort: Effort) => t(`load.effort.${effort}`);
export const stageLabel = (stage: Stage) => t(`load.stage.${stage}`);
/** "the planning": a stage inside a sentence. */
export const stagePhrase = (stage: Stage) => t(`load.stage.lower.${stage}`);

/** 0.42 → "42%". */
export const formatShare = (share: number) => formatPercent(share);
