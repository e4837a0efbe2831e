import type { CircleKind, FormOfCare } from '../vocabulary.ts';
import type { DailyQuestion, QuestionDepth, QuestionTheme } from './types.ts';

/** A question as a bank file writes it: with its English words. */
export interface WrittenQuestion extends DailyQuestion {
  readonly text: string;
}

/** Questions of one theme as the bank's files write them: by depth, then id → text. */
export type ByDepth = Partial<Record<QuestionDepth, Readonly<Record<string, string>>>>;

/**
 * A bank file's questions, grouped by theme and depth; those about the exchanges are grouped
 * by the form of care exchanged first.
 */
export type Written = Partial<Record<Exclude<QuestionTheme, 'exchanges'>, ByDepth>> & {
  readonly exchanges?: Partial<Record<FormOfCare, ByDepth>>;
};

const flatten = (
  byDepth: ByDepth | undefined,
  make: (depth: QuestionDepth, id: string, text: string) => WrittenQuestion,
): WrittenQuestion[] =>
  Object.entries(byDepth ?? {}).flatMap(([depth, texts]) =>
    Object.entries(texts ?? {}).map(([id, text]) => make(depth as QuestionDepth, id, text)),
  );

/** The written questions as questions for these kinds of circle. */
export function forKinds(kinds: readonly CircleKind[], written: Written): WrittenQuestion[] {
  const { exchanges, ...others } = written;
  return [
    ...Object.entries(exchanges ?? {}).flatMap(([form, byDepth]) =>
      flatten(byDepth, (depth, id, text) => ({
        id,
        text,
        kinds,
        theme: 'exchanges',
        depth,
        form: form as FormOfCare,
      })),
    ),
    ...Object.entries(others).flatMap(([theme, byDepth]) =>
      flatten(byDepth, (depth, id, text) => ({
        id,
        text,
        kinds,
        theme: theme as QuestionTheme,
        depth,
      })),
    ),
  ];
}
