import { CIRCLE_KINDS, getInstrument, wordedFor } from '@recipro/core';

/**
 * English wording of recipro's own check-in ("Who carries what?"): each item, choice and
 * instruction by id, for each circle kind where the words differ (cycle/instrument-words.ts,
 * ritual-guide/guides.ts). Its English is written once, in core's instrument (its items as each
 * kind reads them, `wordedFor`): the source es/hi/ar translate. An area of the catalogue
 * (areas.ts), loaded with the screens that show the items.
 */
function checkinEntries(): [string, string][] {
  const byKey = new Map<string, Map<string, string>>();
  const put = (key: string, kind: string, text: string) =>
    byKey.set(key, (byKey.get(key) ?? new Map()).set(kind, text));
  for (const kind of CIRCLE_KINDS) {
    const instrument = wordedFor(getInstrument('reciprocity')!, kind);
    for (const item of instrument.items) {
      const key = `checkinItem.reciprocity.${item.id}`;
      if (item.kind === 'choice') {
        put(key, kind, item.text);
        item.options.forEach((option, n) =>
          put(`checkinOption.reciprocity.${item.id}.${n}`, kind, option.label),
        );
      } else {
        put(`${key}.left`, kind, item.left);
        put(`${key}.right`, kind, item.right);
      }
    }
    instrument.instructions.forEach((instruction, n) =>
      put(`checkinInstruction.reciprocity.${n}`, kind, instruction.text),
    );
  }
  return [...byKey].flatMap(([key, byKind]) =>
    new Set(byKind.values()).size === 1
      ? [[key, [...byKind.values()][0]!] as [string, string]]
      : [...byKind].map(([kind, text]) => [`${key}.${kind}`, text] as [string, string]),
  );
}

export const enCheckinItems: Readonly<Record<string, string>> =
  Object.fromEntries(checkinEntries());
