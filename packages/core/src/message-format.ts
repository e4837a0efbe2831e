/**
 * Rendering one ICU MessageFormat message in one language, the same way for the web's catalogues
 * and the server's (pushes, emails): FormatJS's intl-messageformat does the formatting; this
 * module adds recipro's three rules around it.
 *
 * - A message whose only syntax is `{name}` placeholders is filled by replacing them, which gives
 *   exactly what ICU would, without parsing (the web's build leaves such messages as text and
 *   compiles every other one ahead of time, so the app ships without the parser).
 * - A placeholder given a number is written as the language writes numbers: ICU would print a
 *   bare `{count}` as its digits.
 * - A filled-in word written the other way from the sentence is isolated (bidi.ts); a `select`
 *   choice (a circle's kind) is passed as given, or no option would match it. A plural picked by
 *   words instead of a number is refused (ICU would print "NaN").
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { isolate } from './bidi.ts';

/** A message as text, or in the parsed form a build compiled it to ahead of time. */
export type Message = string | readonly MessageFormatElement[];
export type MessageParams = Readonly<Record<string, string | number>>;

/** True when `{name}` placeholders are the message's only syntax, and no apostrophe quotes. */
export const isPlain = (message: string): boolean =>
  !/[{}]/.test(message.replace(/\{\w+\}/g, '')) && !/'[{}']/.test(message);

/** A plain message with each `{name}` replaced by `value(name)`; unknown names stay as written. */
export const fillPlain = (message: string, value: (name: string) => string | undefined): string =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);

/** The placeholder names a message picks by, for one kind of element, anywhere inside it. */
function namesOf(
  elements: readonly MessageFormatElement[],
  type: TYPE.plural | TYPE.select,
  into = new Set<string>(),
) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      if (element.type === type) into.add(element.value);
      for (const option of Object.values(element.options)) namesOf(option.value, type, into);
    }
    if (element.type === TYPE.tag) namesOf(element.children, type, into);
  }
  return into;
}

/** The message with each placeholder given a number turned into a number placeholder. */
function numbersFormatted(
  elements: readonly MessageFormatElement[],
  numbers: ReadonlySet<string>,
): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.argument && numbers.has(element.value)) {
      return { type: TYPE.number, value: element.value, location: element.location, style: null };
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([name, option]) => [
          name,
          { ...option, value: numbersFormatted(option.value, numbers) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    if (element.type === TYPE.tag) {
      return { ...element, children: numbersFormatted(element.children, numbers) };
    }
    return element;
  });
}

interface Compiled {
  readonly format: IntlMessageFormat;
  /** Placeholders that pick a plural form: they must be numbers. */
  readonly counts: ReadonlySet<string>;
  /** Placeholders that pick a select option: filled in as given. */
  readonly choices: ReadonlySet<string>;
}

/**
 * Renders messages in one language (`locale` as Intl knows it), keeping each compiled message by
 * its key and the names of the numbers given (a message is compiled once, not per render).
 */
export class MessageRenderer {
  private readonly compiled = new Map<string, Compiled>();
  private readonly numbers: Intl.NumberFormat;

  constructor(
    readonly locale: string,
    readonly direction: 'ltr' | 'rtl',
  ) {
    this.numbers = new Intl.NumberFormat(locale);
  }

  /** `message` (known as `key`) with `params` filled in; throws when it cannot be rendered. */
  render(key: string, message: Message, params: MessageParams = {}): string {
    if (typeof message === 'string' && isPlain(message)) {
      return fillPlain(message, (name) => {
        const value = params[name];
        if (value === undefined) return undefined;
        return typeof value === 'number'
          ? this.numbers.format(value)
          : isolate(value, this.direction);
      });
    }
    const given = Object.entries(params);
    const numbers = given.filter(([, value]) => typeof value === 'number').map(([name]) => name);
    const { format, counts, choices } = this.compile(key, message, numbers.sort());
    const values: Record<string, string | number> = {};
    for (const [name, value] of given) {
      values[name] =
        typeof value === 'number' || choices.has(name) ? value : isolate(value, this.direction);
    }
    for (const name of counts) {
      if (typeof values[name] !== 'number')
        throw new TypeError(`{${name}} picks a plural: a number`);
    }
    return String(format.format(values));
  }

  private compile(key: string, message: Message, numbers: readonly string[]): Compiled {
    const id = `${key}|${numbers.join(',')}`;
    let found = this.compiled.get(id);
    if (!found) {
      const elements = typeof message === 'string' ? parse(message, { ignoreTag: true }) : message;
      const format = new IntlMessageFormat(
        numbersFormatted(elements, new Set(numbers)),
        this.locale,
        undefined,
        { ignoreTag: true },
      );
      found = {
        format,
        counts: namesOf(elements, TYPE.plural),
        choices: namesOf(elements, TYPE.select),
      };
      this.compiled.set(id, found);
    }
    return found;
  }
}
