import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** What a message takes: its placeholders' names, and the names it picks plural or select forms by. */
export interface MessageArguments {
  readonly names: ReadonlySet<string>;
  /** Plural and select placeholders that have no `other` form (ICU needs one). */
  readonly withoutOther: readonly string[];
}

function collect(
  elements: readonly MessageFormatElement[],
  names: Set<string>,
  withoutOther: string[],
) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      collect(element.children, names, withoutOther);
      continue;
    }
    names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (!('other' in element.options)) withoutOther.push(element.value);
      for (const option of Object.values(element.options))
        collect(option.value, names, withoutOther);
    }
  }
}

/** The arguments of an ICU MessageFormat message; throws when it does not parse. */
export function messageArguments(message: string): MessageArguments {
  const names = new Set<string>();
  const withoutOther: string[] = [];
  collect(parse(message, { ignoreTag: true }), names, withoutOther);
  return { names, withoutOther };
}

/** The forms each plural of a message offers ("one", "other", "=1" …), one list per plural. */
export function pluralOptions(message: string): string[][] {
  const found: string[][] = [];
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural) found.push(Object.keys(element.options));
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return found;
}
