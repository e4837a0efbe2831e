import {
  DAY_MS,
  directionOf,
  isolate,
  type BalanceBand,
  type Locale,
  type ReportContents,
} from '@recipro/core';
import { wordsFor, type Words } from '../i18n/index.ts';

/**
 * A report for a counsellor, worded in one language: headings, captions, lines and charts as
 * data, ready for the page (page.ts) and the PDF (pdf.ts) to lay out the same way. Made from
 * core's ReportContents (kinds, ids and numbers) and each member's words for the reader; every
 * sentence comes from the server's catalogue (i18n), so nothing English-only leaks through.
 */
export interface ReportDocument {
  readonly locale: Locale;
  readonly direction: 'ltr' | 'rtl';
  readonly title: string;
  readonly period: string;
  readonly people: string;
  /** Everyone agreed (false: a draft, said at the top). */
  readonly agreed: boolean;
  readonly status: string;
  readonly sections: readonly ReportSection[];
  readonly footer: string;
}

export interface ReportSection {
  /** Stable, for anchors and tests. */
  readonly id: string;
  readonly heading: string;
  readonly caption: string | null;
  /** Marked for a professional reader (a couple's CSI totals). */
  readonly professional: boolean;
  readonly lines: readonly string[];
  readonly chart: ReportChart | null;
  /** Words a member wrote for the reader, shown as written. */
  readonly quotes: readonly { readonly name: string; readonly text: string }[];
}

export type ReportChart = BandsChart | LinesChart;

/** Each pair's band per step, as a row of blocks. */
export interface BandsChart {
  readonly kind: 'bands';
  /** What each colour means. */
  readonly legend: readonly { readonly band: BalanceBand | 'thin'; readonly label: string }[];
  readonly rows: readonly {
    readonly label: string;
    readonly cells: readonly { readonly band: BalanceBand | 'thin'; readonly label: string }[];
  }[];
}

/** One person's CSI totals over time, with the published cut-off. */
export interface LinesChart {
  readonly kind: 'lines';
  readonly series: readonly {
    readonly label: string;
    readonly min: number;
    readonly max: number;
    readonly cutOff: number;
    readonly cutOffLabel: string;
    readonly points: readonly {
      readonly at: number;
      readonly total: number;
      readonly label: string;
    }[];
  }[];
}

export interface ReportDocumentInput {
  readonly contents: ReportContents;
  readonly additions: readonly { readonly memberId: string; readonly text: string }[];
  readonly agreed: boolean;
  /** When the document is made: the footer's date. */
  readonly now: number;
}

/** The report in `locale`'s words. */
export function reportDocument(input: ReportDocumentInput, locale: Locale): ReportDocument {
  const words = wordsFor(locale);
  const direction = directionOf(locale);
  const { contents } = input;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const date = (at: number) => dates.format(at);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percent = (share: number) => percents.format(share);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const t = words.t;
  const name = (memberId: string) =>
    isolate(contents.members.find((m) => m.id === memberId)?.name ?? '', direction);
  // A period ends at midnight, exclusive: its last day is the one before.
  const lastDay = (to: number) => date(to - DAY_MS);

  const section = (
    id: string,
    heading: string,
    parts: Partial<Omit<ReportSection, 'id' | 'heading'>> = {},
  ): ReportSection => ({
    id,
    heading,
    caption: parts.caption ?? null,
    professional: parts.professional ?? false,
    lines: parts.lines ?? [],
    chart: parts.chart ?? null,
    quotes: parts.quotes ?? [],
  });

  const sections: ReportSection[] = [
    section('about', t('report.about.heading'), { lines: [t('report.about.text')] }),
    careSection(),
    rhythmSection(),
    seasonsSection(),
    checkinsSection(),
    ...csiSection(),
    valuesSection(),
    repairSection(),
    loadSection(),
    ritualsSection(),
    section('additions', t('report.additions.heading'), {
      caption: t('report.additions.caption'),
      lines: input.additions.length === 0 ? [t('report.additions.none')] : [],
      quotes: input.additions.map((a) => ({ name: name(a.memberId), text: a.text })),
    }),
  ];

  return {
    locale,
    direction,
    title: t('report.title'),
    period: t('report.period', {
      from: date(contents.period.from),
      to: lastDay(contents.period.to),
    }),
    people: t('report.people', { names: words.list(contents.members.map((m) => m.name)) }),
    agreed: input.agreed,
    status: input.agreed ? t('report.agreed') : t('report.draft'),
    sections,
    footer: t('report.footer', { date: date(input.now) }),
  };

  function careSection(): ReportSection {
    const { care } = contents;
    if (care.acts === 0)
      return section('care', t('report.care.heading'), { lines: [t('report.care.none')] });
    const forms = Object.entries(care.effortByForm)
      .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || a.localeCompare(b))
      .map(([form]) => t('report.form', { form }));
    return section('care', t('report.care.heading'), {
      lines: [
        t('report.care.acts', { count: care.acts }),
        ...(care.noticedShare === null
          ? []
          : [t('report.care.noticed', { percent: percent(care.noticedShare) })]),
        t('report.care.forms', { forms: words.list(forms) }),
      ],
    });
  }

  function rhythmSection(): ReportSection {
    const { rhythm } = contents;
    const keys = new Map<string, readonly [string, string]>();
    for (const step of rhythm.steps) {
      for (const p of step.pairs) keys.set(p.memberIds.join('\u0000'), p.memberIds);
    }
    if (keys.size === 0) {
      return section('rhythm', t('report.rhythm.heading'), { lines: [t('report.rhythm.none')] });
    }
    const bandOf = (p: { band: BalanceBand; thin: boolean } | undefined): BalanceBand | 'thin' =>
      p === undefined || p.thin ? 'thin' : p.band;
    const rows = [...keys.entries()].map(([key, [a, b]]) => ({
      label: t('report.rhythm.pair', { a: name(a), b: name(b) }),
      cells: rhythm.steps.map((step) => {
        const band = bandOf(step.pairs.find((p) => p.memberIds.join('\u0000') === key));
        return {
          band,
          label: t('report.rhythm.step', {
            from: date(step.from),
            to: lastDay(step.to),
            band: t('report.band', { band }),
          }),
        };
      }),
    }));
    const lines = [...keys.entries()].flatMap(([key, [a, b]]) => {
      const latest = [...rhythm.steps]
        .reverse()
        .flatMap((s) => s.pairs.filter((p) => p.memberIds.join('\u0000') === key))[0];
      if (!latest) return [];
      return [
        `${t('report.rhythm.pair', { a: name(a), b: name(b) })}: ${t('report.rhythm.latest', {
          band: t('report.band', { band: bandOf(latest) }),
          weeks: latest.patternWeeks,
          pattern: t('report.pattern', { pattern: latest.pattern }),
          active: latest.activeWeeks,
        })}`,
      ];
    });
    return section('rhythm', t('report.rhythm.heading'), {
      caption: t('report.rhythm.caption', { days: rhythm.windowDays }),
      chart: {
        kind: 'bands',
        rows,
        legend: (['in_rhythm', 'leaning', 'one_sided', 'thin'] as const).map((band) => ({
          band,
          label: t('report.band', { band }),
        })),
      },
      lines,
    });
  }

  function seasonsSection(): ReportSection {
    const lines = contents.seasons.map((s) => {
      const kind = t('report.season', { kind: s.kind });
      return s.endsAt === null
        ? t('report.seasons.ongoing', { name: name(s.memberId), kind, from: date(s.startsAt) })
        : t('report.seasons.item', {
            name: name(s.memberId),
            kind,
            from: date(s.startsAt),
            to: date(s.endsAt),
          });
    });
    return section('seasons', t('report.seasons.heading'), {
      caption: t('report.seasons.caption'),
      lines: lines.length === 0 ? [t('report.seasons.none')] : lines,
    });
  }

  function checkinsSection(): ReportSection {
    const lines = contents.checkins.rounds.flatMap((r) => [
      t('report.checkins.item', {
        date: date(r.at),
        instrument: t('report.instrument', { instrument: r.instrument }),
        count: r.answered,
      }),
      ...(r.areasToTalkAbout.length === 0
        ? []
        : [
            t('report.checkins.areas', {
              areas: words.list(r.areasToTalkAbout.map((area) => t('report.area', { area }))),
            }),
          ]),
    ]);
    return section('checkins', t('report.checkins.heading'), {
      caption: t('report.checkins.caption'),
      lines: lines.length === 0 ? [t('report.checkins.none')] : lines,
    });
  }

  function csiSection(): ReportSection[] {
    const { csi } = contents.checkins;
    const first = csi[0];
    if (!first) return [];
    const series = csi.map((s) => ({
      label: t('report.csi.person', {
        name: name(s.memberId),
        instrument: t('report.instrument', { instrument: s.instrument }),
      }),
      min: s.min,
      max: s.max,
      cutOff: s.publishedCutOff,
      cutOffLabel: t('report.csi.cutOff', { cutOff: numbers.format(s.publishedCutOff) }),
      points: s.points.map((p) => ({
        at: p.at,
        total: p.total,
        label: t('report.csi.point', { date: date(p.at), total: p.total }),
      })),
    }));
    return [
      section('csi', t('report.csi.heading'), {
        caption: t('report.csi.caption', {
          min: first.min,
          max: first.max,
          cutOff: numbers.format(first.publishedCutOff),
        }),
        professional: true,
        chart: { kind: 'lines', series },
        lines: series.map((s) => `${s.label}: ${words.list(s.points.map((p) => p.label))}`),
      }),
    ];
  }

  function valuesSection(): ReportSection {
    const lines = contents.values.map((v) =>
      v.topics.length === 0
        ? t('report.values.nothing', { date: date(v.at) })
        : t('report.values.item', {
            date: date(v.at),
            topics: words.list(v.topics.map((topic) => t('report.topic', { topic }))),
          }),
    );
    return section('values', t('report.values.heading'), {
      lines: lines.length === 0 ? [t('report.values.none')] : lines,
    });
  }

  function repairSection(): ReportSection {
    const { repair } = contents;
    if (repair.ruptures === 0) {
      return section('repair', t('report.repair.heading'), { lines: [t('report.repair.none')] });
    }
    const lines = [
      t('report.repair.ruptures', { count: repair.ruptures }),
      t('report.repair.repaired', { count: repair.repaired, some: repair.repairedForSome }),
    ];
    if (repair.medianSecondsToRepair !== null && repair.withinDayShare !== null) {
      lines.push(
        t('report.repair.time', {
          duration: duration(words, repair.medianSecondsToRepair),
          percent: percent(repair.withinDayShare),
        }),
      );
    }
    lines.push(t('report.repair.start', { pattern: repair.startPattern }));
    return section('repair', t('report.repair.heading'), {
      caption: t('report.repair.caption'),
      lines,
    });
  }

  function loadSection(): ReportSection {
    const { load } = contents;
    if (load.responsibilities === 0) {
      return section('load', t('report.load.heading'), { lines: [t('report.load.none')] });
    }
    const lines = load.stages.flatMap((s) => {
      const stage = t('report.stage', { stage: s.stage });
      const out = [
        t('report.load.stage', { stage, spread: t('report.spread', { spread: s.spread }) }),
      ];
      if (s.spread !== 'unowned' && s.unowned > 0 && s.load > 0) {
        out.push(t('report.load.unowned', { stage, percent: percent(s.unowned / s.load) }));
      }
      return out;
    });
    return section('load', t('report.load.heading'), {
      caption: t('report.load.caption', { count: load.responsibilities }),
      lines,
    });
  }

  function ritualsSection(): ReportSection {
    const lines = contents.rituals
      .filter((r) => r.of > 0)
      .map((r) =>
        t('report.rituals.item', {
          ritual: t('report.ritual', { kind: r.kind }),
          done: r.done,
          of: r.of,
        }),
      );
    return section('rituals', t('report.rituals.heading'), {
      lines: lines.length === 0 ? [t('report.rituals.none')] : lines,
    });
  }
}

/** A time to repair in whole minutes, hours or days, as the language says them. */
function duration(words: Words, seconds: number): string {
  if (seconds < 3600) {
    return words.t('report.duration', {
      unit: 'minutes',
      n: Math.max(1, Math.round(seconds / 60)),
    });
  }
  if (seconds < 48 * 3600) {
    return words.t('report.duration', { unit: 'hours', n: Math.round(seconds / 3600) });
  }
  return words.t('report.duration', { unit: 'days', n: Math.round(seconds / 86400) });
}
