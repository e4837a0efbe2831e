/**
 * English words of the dashboard's insights ("What stands out"), said from each insight's kind
 * and evidence (dashboard/insight-words.ts): core and the server send no sentence, so these are
 * the English source. An area of the catalogue (i18n/areas.ts), loaded with the dashboard.
 *
 * Placeholders: `{a}` and `{b}` the pair (as the insight lists them), `{who}` the member in a
 * season; `{period}` the view ("in the last 30 days", "lately": insight.period.*), given in its
 * opening form (insight.period.opening.*) to the messages that open with it; `{circle}` the
 * circle's kind (`couple`, `family`, `friends`, and `other` for a team); `{season}` a season's
 * kind (`other` is also a kind of season). Insights are read by every member alike: none says
 * whose side care came from, and none sets a person beside a number (docs/voice.md).
 */
export const enInsights = {
  'insight.period.7': 'in the last 7 days',
  'insight.period.30': 'in the last 30 days',
  'insight.period.90': 'in the last 90 days',
  'insight.period.decay': 'lately',
  'insight.period.opening.7': 'In the last 7 days',
  'insight.period.opening.30': 'In the last 30 days',
  'insight.period.opening.90': 'In the last 90 days',
  'insight.period.opening.decay': 'Lately',

  'insight.thin_data.none':
    'No acts of care were logged {period} yet. Once a few small ones are, a rhythm will start to show.',
  // `{about}` is `yes` in the view where older care weighs less, and the count is rounded.
  'insight.thin_data.few':
    'Only {about, select, yes {about } other {}}{count, plural, one {# act of care was} other {# acts of care were}} logged {period} — too few to see a rhythm yet. A few more weeks of small entries will make this picture clearer.',
  'insight.pair_thin':
    'Only a few acts of care between {a} and {b} were logged {period}, so no rhythm is shown for them yet.',
  'insight.season':
    '{who} {season, select, illness {is unwell} new_baby {has a new baby} exams {is in the middle of exams} grief {is grieving} move {is in the middle of a move} work {has a demanding stretch at work} caregiving {is caring for someone} other {is going through a demanding time}} — a season when giving less is expected. Care flowing mostly towards {who} for now is part of the rhythm between {a} and {b}.',
  'insight.in_rhythm': '{a} and {b} are in rhythm: care went both ways {period}.',
  'insight.leaning':
    '{period}, care between {a} and {b} has leaned toward one side. {circle, select, couple {Worth a gentle look together at what each of you needs right now.} family {Worth a gentle look, as a family, at what each one needs right now.} friends {Worth a gentle look at what each friend needs right now.} other {Worth a gentle look at what each person needs from the team right now.}}',
  'insight.one_sided':
    '{period}, care between {a} and {b} has come mostly from one side. {circle, select, couple {A calm check-in together could help you both find a rhythm that feels good.} family {A calm family check-in could help find a rhythm that feels good to both.} friends {An easy catch-up could help find a rhythm that feels good to both.} other {A short team check-in could help find a rhythm that works for both.}}',
  // `{weeks}`: how many recent weeks leaned the same way (four or more).
  'insight.pattern.negative':
    '{weeks, plural, one {For the last week} other {For the last # weeks}}, care between {a} and {b} has flowed mostly one way, and little of it was marked as noticed. {circle, select, couple {This may be a good moment to talk about what each of you needs.} family {This may be a good moment for the family to talk about what each one needs.} friends {This may be a good moment for a friendly talk about what each one needs.} other {This may be a good moment for the team to talk about what each person needs.}}',
  'insight.pattern.generalized':
    'Care between {a} and {b} has flowed mostly one way lately — {circle, select, couple {the open-handed kind of giving close people share} family {the open-handed kind of giving families often share} friends {the open-handed kind of giving good friends often share} other {the open-handed kind of help good teammates often give}}. It stays healthy while it feels good to both.',
  'insight.noticed':
    '{period}, much of the care between {a} and {b} has not been marked as noticed yet. A quick “I noticed” is a small way to keep care visible.',
  'insight.initiations':
    '{period}, when {a} and {b} reconnected after a few quiet days, it was usually the same side that reached out. {circle, select, couple {Taking turns helps both feel wanted.} family {Taking turns helps both feel they belong.} friends {Taking turns helps both feel the friendship goes both ways.} other {Taking turns helps both feel part of the team.}}',
  'insight.support':
    '{period}, most of the support between {a} and {b} — listening, comfort, practical help — has come from one side. Support that flows both ways is easier to keep up.',
  // `{forms}`: the one or two forms of care most of it came in (insight.form.*, as a list);
  // `{valued}`: the care language `{b}` values most (insight.language.*); `{next}`: the
  // suggestion, insight.fit.try or insight.fit.noForm.
  'insight.fit': 'Much of what {a} gives {b} is {forms}, while {b} values {valued} most. {next}',
  // `{forms}`: up to three forms of care that speak that language, as an "or" list; the first
  // letter of the sentence is made a capital.
  'insight.fit.try': '{forms} may land more clearly.',
  'insight.fit.noForm':
    'recipro has no form of care for that yet — a word about it together may help.',
  'insight.load':
    'Right now much of the care logged in this circle comes from a few people. Sharing it more widely helps everyone keep going.',
  'insight.household_load':
    '{circle, select, couple {The household care logged (chores, errands, remembering and planning)} family {The care logged for family life (chores, errands, remembering and planning)} friends {The practical care logged (errands, hosting, remembering and planning)} other {The practical care logged (tasks, errands, remembering and organising)}} has come mostly from one side lately. A conversation about sharing some of it could lighten things.',
  'insight.emotional_load':
    'The emotional care logged (listening, comfort, checking in, smoothing things over) has come mostly from one side lately. A conversation about sharing some of it could lighten things.',

  // Care languages inside a sentence ("while Ben values kind words most").
  'insight.language.words': 'kind words',
  'insight.language.acts': 'helpful actions',
  'insight.language.time': 'time together',
  'insight.language.touch': 'touch',
  'insight.language.gifts': 'small gifts',
  'insight.language.loyalty': 'standing by them',
  'insight.language.reliability': 'reliability and routine',
  'insight.language.space': 'calm and space',
  // Forms of care inside a sentence ("is practical help and affection"), by id.
  'insight.form.practical': 'practical help',
  'insight.form.emotional': 'listening and comfort',
  'insight.form.communication': 'talking and checking in',
  'insight.form.affection': 'affection',
  'insight.form.intimacy': 'closeness',
  'insight.form.quality_time': 'time together',
  'insight.form.respect': 'respect and room',
  'insight.form.repair': 'making up after a conflict',
  'insight.form.healing': 'staying close through hard days',
  'insight.form.future': 'plans and shared routines',
  'insight.form.appreciation': 'thanks and appreciation',
  'insight.form.mental_load': 'remembering and organising',
};
