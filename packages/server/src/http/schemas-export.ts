import { Type } from 'typebox';
import { describeObject, type FieldDescriptions } from './describe-schema.ts';
import { Act, Circle, IsoTime, User } from './schemas.ts';
import { CareLanguages, Season } from './schemas-analytics.ts';
import { Checkin, Need, Reflection, Rupture, ValuesRound } from './schemas-cycle.ts';
import { Handover, MyLoadView, Responsibility } from './schemas-load.ts';
import { Notifications, PushSubscriptionList, Ritual } from './schemas-rituals.ts';
import { SavedChatSummary } from './schemas-chat.ts';
import { Update } from './schemas-updates.ts';
import { RepairGuide } from './schemas-repair-guide.ts';
import { AnsweredDay } from './schemas-questions.ts';
import { ScheduleView } from './routes/checkins.ts';
import { Report } from './schemas-reports.ts';

/**
 * The export file ("Own your data"): the API's own response schemas composed into one document,
 * with every field described. A field the API adds fails here until it is described, and the
 * document admits no field it does not name.
 */

export const EXPORT_FORMAT = 'recipro-export';
/** 3: a question (daily or values) is exported by id, with no English words. */
export const EXPORT_VERSION = 3;

const MEMBER_ID =
  'A member id of this circle (see circle.members; a missing id is a former member).';

const ExportedRitual = Type.Object({
  ...Ritual.properties,
  completions: Type.Array(Type.Object({ at: IsoTime, byMe: Type.Boolean() })),
});
const ExportedPushSubscription = Type.Object({
  ...PushSubscriptionList.properties.subscriptions.items.properties,
  createdAt: IsoTime,
});

const Composed = Type.Object({
  format: Type.Literal(EXPORT_FORMAT),
  version: Type.Literal(EXPORT_VERSION),
  exportedAt: IsoTime,
  account: Type.Object({
    user: Type.Object({ ...User.properties, createdAt: IsoTime }),
    careLanguages: CareLanguages.properties.ranked,
    notifications: Notifications,
    pushSubscriptions: Type.Array(ExportedPushSubscription),
    updates: Type.Array(Update),
  }),
  circles: Type.Array(
    Type.Object({
      circle: Circle,
      acts: Type.Array(Type.Omit(Act, ['showSupport'])),
      reflections: Type.Array(Type.Omit(Reflection, ['showSupport'])),
      needs: Type.Array(Type.Omit(Need, ['showSupport'])),
      checkins: Type.Array(Type.Omit(Checkin, ['showSupport'])),
      valuesConversations: Type.Array(Type.Omit(ValuesRound, ['showSupport'])),
      ruptures: Type.Array(Type.Omit(Rupture, ['showSupport'])),
      repairGuides: Type.Array(Type.Omit(RepairGuide, ['showSupport'])),
      seasons: Type.Array(Season),
      responsibilities: Type.Array(Responsibility),
      handovers: Type.Array(Handover),
      myLoadView: MyLoadView,
      rituals: Type.Array(ExportedRitual),
      checkinSchedule: ScheduleView,
      chatSummaries: Type.Array(SavedChatSummary),
      dailyQuestions: Type.Array(AnsweredDay),
      reports: Type.Array(Type.Omit(Report, ['contents'])),
    }),
  ),
});

const circle: FieldDescriptions = {
  id: "The circle's id.",
  name: "The circle's name.",
  kind: 'What kind of circle it is: couple, family, friends or team.',
  createdAt: 'When the circle was made.',
  myMemberId: 'Your own member id in this circle.',
  members: [
    'The current members of the circle, in the order they joined.',
    {
      id: 'The member id, used by every other part of this circle.',
      name: 'The name the member goes by in this circle.',
      joinedAt: 'When they joined.',
    },
  ],
  formerMembers: [
    'People who left the circle; acts given or received by them stay, from or to "a former member".',
    {
      id: 'The member id they had, which acts may still name.',
      leftAt: 'When they left.',
    },
  ],
  keeperMemberId:
    "The keeper's member id: may remove members (not in a couple) and hand the role on.",
  pendingMembers: [
    'People who accepted an invitation and wait for a member to let them in.',
    {
      id: 'The member id they will have once let in.',
      name: 'The name they gave.',
      requestedAt: 'When they asked to join.',
    },
  ],
};

const act: FieldDescriptions = {
  id: "The act's id.",
  circleId: 'The circle it belongs to.',
  fromMemberId: `Who gave it. ${MEMBER_ID}`,
  toMemberId: `Who received it. ${MEMBER_ID}`,
  form: 'The form of care, e.g. practical, emotional, mental_load.',
  effort: 'Effort from 1 (small) to 3 (big).',
  note: 'The note written with it, exactly as written, or null.',
  at: 'When the care happened.',
  createdAt: 'When it was logged.',
  noticedAt: 'When the receiver said "I noticed", or null.',
  questionedAt:
    'When the receiver said "I don’t recognise this", or null; a questioned act is out of the balance until its giver changes it.',
  lateEntry: 'True when it was logged more than 7 days after the care happened.',
};

const checkin: FieldDescriptions = {
  id: "The check-in's id.",
  instrument: 'The questionnaire: csi4, csi16 or reciprocity (recipro’s own).',
  instrumentVersion: 'The version of the questionnaire it was answered with.',
  status:
    'open (answers still hidden), revealed (everyone has answered) or closed (what was answered is shown).',
  createdAt: 'When it opened.',
  closedAt: 'When a member closed it, or null.',
  openedBy: `Who opened it. ${MEMBER_ID}`,
  openedByMe: 'Whether you opened it.',
  closableByMe:
    'Whether you may close it before everyone has answered: its opener may, or once they have left the circle, any member who was there when it opened.',
  closableFrom: 'From when it may be closed before everyone has answered.',
  memberCount: 'How many members were in the circle when it opened.',
  answeredCount: 'How many of them have answered.',
  mine: [
    'Your own answers, or null when you did not answer.',
    {
      answers: 'The position (from 0) of the option you chose for each item, in item order.',
      scores: 'The score of each item (empty when support was shown instead of scores).',
      total: 'Your total score, or null (no total for this questionnaire, or support shown).',
      note: 'The note you added, or null.',
      answeredAt: 'When you answered.',
    },
  ],
  results: [
    'Everyone’s answers side by side; present once revealed or closed. Private items are null.',
    {
      memberId: `Whose answers. ${MEMBER_ID}`,
      score: 'Their total, or null when it is not shown.',
      answers: 'Their chosen positions per item; null for an item that stays private.',
    },
  ],
  thingsToTalkAbout:
    'For the reciprocity questions: areas where more than one says they carry more.',
};

const valuesConversation: FieldDescriptions = {
  id: "The conversation's id.",
  status: 'open (answers still hidden), revealed (everyone has answered) or closed.',
  createdAt: 'When it started.',
  openedBy: `Who opened it. ${MEMBER_ID}`,
  openedByMe: 'Whether you opened it.',
  closableByMe:
    'Whether you may close it before everyone has answered: its opener may, or once they have left the circle, any member who was there when it opened.',
  closableFrom: 'From when it may be closed before everyone has answered.',
  memberCount: 'How many members were in the circle when it started.',
  answeredCount: 'How many of them have answered.',
  questions: [
    'The questions, in order.',
    {
      id: "The question's id in recipro's values questions (its words are the app's, in your language).",
      topic: 'What the question is about.',
    },
  ],
  mine: [
    'Your own answers, or null when you did not answer.',
    {
      answers: 'Your answer to each question, in order (empty text: skipped).',
      answeredAt: 'When you answered.',
    },
  ],
  results: [
    'Everyone’s answers; present once revealed or closed.',
    {
      memberId: `Whose answers. ${MEMBER_ID}`,
      answers: 'Their answer to each question, in order.',
    },
  ],
  thingsToTalkAbout: 'Topics more than one person answered.',
};

const ritual: FieldDescriptions = {
  id: "The ritual's id.",
  circleId: 'The circle it belongs to.',
  kind: 'The kind of ritual, e.g. nightly_checkin, appreciation.',
  title: 'Its name.',
  rrule: 'Its schedule, as an iCalendar RRULE.',
  time: 'The local time it happens, HH:MM.',
  timezone: 'The IANA time zone of that time.',
  memberIds: `Who takes part. ${MEMBER_ID}`,
  startsOn: 'The local date its schedule counts from (YYYY-MM-DD).',
  createdByMemberId: `Who started it. ${MEMBER_ID}`,
  createdAt: 'When it was started.',
  nextAt: 'Its next time after the export, or null.',
  rhythm: [
    'How it went over the four weeks before the export.',
    {
      done: 'Times it was done.',
      of: 'Times it was due.',
      recentRun: 'Times done in a row, counting back from the latest.',
    },
  ],
  completions: [
    'Every "we did it", oldest first.',
    { at: 'When it was marked done.', byMe: 'True when you marked it.' },
  ],
};

const chatSummary: FieldDescriptions = {
  id: "The summary's id.",
  circleId: 'The circle it was saved to.',
  memberId: `Who saved it. ${MEMBER_ID}`,
  summary: [
    "The rhythm of a chat analysed on a device: the chat itself, its names and anyone's own numbers never left it.",
    {
      format: 'The app the chat came from: whatsapp, telegram or messenger.',
      messages: 'Messages in the chat, from everyone together.',
      people: 'How many people wrote in it.',
      first: 'The time of the first message as the export wrote it, or null.',
      last: 'The time of the last message as the export wrote it, or null.',
      rhythm: [
        'How the chat is shared, as patterns that name nobody.',
        {
          talk: 'How the messages are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.',
          starts:
            'How opening a conversation after a quiet spell is spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.',
          questions:
            'How the questions are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.',
          thanks:
            'How words of thanks are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.',
          repair:
            'How words of repair, such as "sorry", are spread: none, thin (too few to tell), shared, or one_side (one person wrote 70% or more of them); never who.',
          replyPace:
            "How soon half or more of every person's replies came: minutes (15 or fewer), hour, day, longer, or unknown.",
          replyBalance:
            'Whether replies come about as soon from everyone (even) or much later from someone (uneven), or unknown.',
          lately: [
            'The same patterns over the last weeks of the chat, or null when the chat is no longer than that.',
            {
              weeks: 'How many weeks, ending with the last week of the chat.',
              talk: 'How the messages of those weeks are spread.',
              starts: 'How the conversation starts of those weeks are spread.',
            },
          ],
        },
      ],
    },
  ],
  createdAt: 'When it was saved.',
};

const descriptions: FieldDescriptions = {
  format: `Always "${EXPORT_FORMAT}": what this file is.`,
  version: 'The version of this format; a change that breaks readers raises it.',
  exportedAt: 'When the file was made (UTC).',
  account: [
    'Your account.',
    {
      user: [
        'Who you are (your password is never exported).',
        {
          id: 'Your user id.',
          email: 'Your email address.',
          name: 'Your name.',
          emailConfirmed: 'Whether you confirmed your email address by a link sent to it.',
          pendingEmail: 'A new address waiting for you to confirm it, if any.',
          firstRun:
            'Whether you finished the first steps after signing up (done), set them aside (skipped), or not yet (open).',
          locale: 'The language you chose for recipro (a code such as "es"), or null if none.',
          createdAt: 'When the account was made.',
        },
      ],
      careLanguages: 'The care languages you value receiving, most valued first.',
      notifications: [
        'Your reminder settings (the secret addresses of your calendar feed and unsubscribe link are not exported).',
        {
          email: 'Whether reminders come by email.',
          push: 'Whether reminders come by web push.',
          quietHours: [
            'Hours in which no reminder is sent, or null.',
            { from: 'Start, HH:MM local time.', to: 'End, HH:MM local time.' },
          ],
          timezone: 'Your IANA time zone.',
          emailAvailable: 'Whether the server could send email when you exported.',
          updates: [
            'For each kind of update, how it reaches you besides the app (your choice or its default).',
            {
              kind: 'The kind of update, e.g. "reset_requested".',
              push: 'Whether it comes by web push.',
              email: 'Whether it comes by email.',
            },
          ],
          updatePushesPerDay:
            'The most pushes about updates in a day ("let’s reset" aside); later ones come together the next morning.',
        },
      ],
      pushSubscriptions: [
        'Devices that receive your push reminders (their keys are not exported).',
        {
          endpoint: "The push service's address for the device.",
          createdAt: 'When the device subscribed.',
        },
      ],
      updates: [
        'What you were told of others in your circles, newest first (no words anyone wrote).',
        {
          id: "The update's id.",
          kind: 'What happened, e.g. "handover_proposed" or "act_questioned".',
          circleId: 'The circle it happened in.',
          circleName: "The circle's name, or null once the circle is gone.",
          actorMemberId: 'The member (or request to join) who acted, or null.',
          actorName: 'Their name, or null once they have left.',
          subjectId: 'The id of what it is about (an act, a season, a ritual…), or null.',
          detail: 'For answers: "accepted" or "declined"; otherwise null.',
          createdAt: 'When it happened.',
          readAt: 'When you marked it read, or null.',
        },
      ],
    },
  ],
  circles: [
    'Each circle you are in, with everything you can see there.',
    {
      circle: ['The circle and its members.', circle],
      acts: ['Every act of care in the circle, newest first.', act],
      reflections: [
        'Your own private reflections, newest first (nobody else ever reads them).',
        {
          id: "The reflection's id.",
          circleId: 'The circle it belongs to.',
          promptId: 'The prompt you answered, or null.',
          text: 'What you wrote.',
          createdAt: 'When you wrote it.',
        },
      ],
      needs: [
        'Your needs, and those others chose to share, newest first.',
        {
          id: "The need's id.",
          circleId: 'The circle it belongs to.',
          authorMemberId: `Who said it. ${MEMBER_ID}`,
          starterId: 'The sentence starter used, or null.',
          text: 'The need, as written.',
          shared: 'Whether its author shared it with the circle.',
          createdAt: 'When it was said.',
          thankedBy: `Who said "thank you for telling me". ${MEMBER_ID}`,
        },
      ],
      checkins: ['Check-ins, newest first.', checkin],
      valuesConversations: ['Values conversations, newest first.', valuesConversation],
      ruptures: [
        'Ruptures and their repair, newest first.',
        {
          id: "The rupture's id.",
          circleId: 'The circle it belongs to.',
          loggedByMemberId: `Who logged it. ${MEMBER_ID}`,
          note: 'The note, or null (none, or private to the one who wrote it).',
          notePrivate: 'Whether the note is private to the one who logged it.',
          occurredAt: 'When it happened.',
          createdAt: 'When it was logged.',
          repairStartedAt: 'When someone first reached out to repair, or null.',
          repairedAt: 'When the last person involved said "repaired for me", or null.',
          involvedMemberIds: `Who was in the circle when it happened and still is. ${MEMBER_ID}`,
          repairedBy: `Who has said "repaired for me". ${MEMBER_ID}`,
          startedByMemberId: `Who reached out first, or null. ${MEMBER_ID}`,
          secondsToRepair: 'Seconds from the rupture to its repair, or null.',
        },
      ],
      repairGuides: [
        'The guided repairs ("Talk it through") you answered, newest rupture first.',
        {
          ruptureId: 'The rupture it is about (see ruptures).',
          status: 'open while someone in it has not finished; revealed once everyone has.',
          involvedMemberIds: `Who is in it: those who can say "repaired for me". ${MEMBER_ID}`,
          finishedBy: `Those of them who had finished. ${MEMBER_ID}`,
          notYet: 'Whether someone in it said "not yet" to talking (never who).',
          comeBackAt: 'While someone said "not yet": when the guide suggested coming back.',
          mine: [
            'Your own answers, exactly as you wrote them.',
            {
              pause: '"Are you calm enough to talk?": ready, or not_yet.',
              saw: 'What happened, as you saw it.',
              myPart: 'Your part in it.',
              needed: 'What you needed.',
              wouldHelp: 'What would help now.',
              agreement: 'The one small thing you proposed to agree on.',
              agreesWith: `Whose proposals you said you are in on. ${MEMBER_ID}`,
              updatedAt: 'When you last changed them.',
              finishedAt: 'When you finished, or null.',
            },
          ],
          answers: [
            'Everyone’s answers, once everyone had finished (absent before).',
            {
              memberId: `Whose answers. ${MEMBER_ID}`,
              saw: 'What happened, as they saw it.',
              myPart: 'Their part in it.',
              needed: 'What they needed.',
              wouldHelp: 'What would help now.',
              agreement: 'The small thing they proposed.',
            },
          ],
          agreements: [
            'Each written proposal and who is in on it, once revealed.',
            {
              proposedBy: `Who proposed it. ${MEMBER_ID}`,
              agreedBy: `Its author, and those who said they are in. ${MEMBER_ID}`,
              agreed: 'Whether everyone in it is in on it.',
            },
          ],
        },
      ],
      seasons: [
        'Seasons: periods in which a member is expected to give less, by start.',
        {
          id: "The season's id.",
          circleId: 'The circle it belongs to.',
          memberId: `Whose season it is. ${MEMBER_ID}`,
          kind: 'What it is, e.g. illness, new_baby, exams.',
          startsAt: 'When it starts.',
          endsAt: 'When it ends (at most 180 days on, unless its member renews it).',
          note: 'A note, or null.',
          status: 'active, or suggested by someone else and waiting for its member to accept it.',
          createdByMemberId: `Who declared or suggested it. ${MEMBER_ID}`,
          createdAt: 'When it was declared.',
        },
      ],
      responsibilities: [
        "The circle's responsibilities, oldest first.",
        {
          id: "The responsibility's id.",
          circleId: 'The circle it belongs to.',
          title: 'What it is.',
          area: 'Its area, e.g. home, children, money.',
          frequency: 'How often it comes round.',
          effort: 'Effort from 1 (small) to 3 (big).',
          catalogueId: 'The built-in catalogue item it came from, or null.',
          owners: [
            'Who carries each stage; null while nobody does.',
            {
              notice: `Who notices it needs doing. ${MEMBER_ID}`,
              plan: `Who plans it. ${MEMBER_ID}`,
              do: `Who does it. ${MEMBER_ID}`,
              followUp: `Who follows up. ${MEMBER_ID}`,
            },
          ],
          createdAt: 'When it was added.',
          updatedAt: 'When it last changed.',
        },
      ],
      handovers: [
        'Proposed hand-overs of a stage of a responsibility, newest first.',
        {
          id: "The hand-over's id.",
          circleId: 'The circle it belongs to.',
          responsibilityId: 'The responsibility.',
          stage: 'The stage: notice, plan, do or followUp.',
          fromMemberId: `Who carried the stage. ${MEMBER_ID}`,
          toMemberId: `Who would take it on. ${MEMBER_ID}`,
          proposedByMemberId: `Who proposed it. ${MEMBER_ID}`,
          status: 'proposed, accepted or declined.',
          createdAt: 'When it was proposed.',
          decidedAt: 'When it was answered, or null.',
        },
      ],
      myLoadView: [
        'Your own view of the load, as you last saved it.',
        {
          memberId: 'Your member id.',
          perceivedShare: 'The share of the load you feel you carry, 0 to 100, or null.',
          prefers: 'Areas you prefer to take on.',
          cannot: 'Areas you cannot take on.',
        },
      ],
      rituals: ['Rituals, oldest first.', ritual],
      checkinSchedule: [
        'Whether check-ins open by themselves.',
        {
          cadence: 'off, weekly or monthly.',
          instrument: 'The questionnaire opened each time.',
          stopped: [
            'A schedule kept from before the CSI was for couples only; it no longer opens check-ins in this circle.',
            {
              cadence: 'weekly or monthly.',
              instrument: 'The questionnaire it named (csi4 or csi16).',
              code: 'Why it stopped: not_for_circle_kind.',
            },
          ],
        },
      ],
      chatSummaries: ['Chat summaries saved to the circle, newest first.', chatSummary],
      dailyQuestions: [
        'The days you answered the circle’s question of the day, oldest first.',
        {
          date: 'The circle’s day, YYYY-MM-DD, in its time zone.',
          id: 'The question’s id in recipro’s bank (its words are the app’s, in your language).',
          myAnswer: 'Your answer, exactly as written.',
          answers: [
            'Everyone’s answers, once all who were asked had answered; absent until then.',
            {
              memberId: `Whose answer it is. ${MEMBER_ID}`,
              text: 'The answer, exactly as written.',
            },
          ],
        },
      ],
      reports: [
        'The reports for a counsellor you are in, newest first: who agreed, the words added, links and openings. What a report contains is worked out from the rest of this file, so it is not repeated here; the app shows it.',
        {
          id: 'The report’s id.',
          circleId: 'Its circle.',
          status: 'agreed once everyone in it agreed to share it as it is; else awaiting_consent.',
          from: 'The first instant of its period.',
          to: 'The end of its period (not included).',
          preparedByMemberId: `Who prepared it. ${MEMBER_ID}`,
          createdAt: 'When it was prepared; its contents are as they were then.',
          email: [
            'Emailing its PDF.',
            {
              to: 'The address everyone agreed it may be emailed to, or null.',
              sentAt: 'When it was last emailed, or null.',
              available: 'Whether the server sent email when the export was made.',
            },
          ],
          members: [
            'The members it is about, whose agreement it needs.',
            {
              id: MEMBER_ID,
              name: 'Their name when it was prepared.',
              consented: 'Whether they agree to share it as it is.',
            },
          ],
          additions: [
            'Words members added for the reader.',
            {
              memberId: `Whose words. ${MEMBER_ID}`,
              text: 'The words, exactly as written.',
              writtenAt: 'When they were written.',
            },
          ],
          mine: [
            'Your part in it.',
            {
              consented: 'Whether you agree to share it as it is.',
              addition: 'Your words for the reader, or null.',
            },
          ],
          links: [
            'Its read-only links (never their secret tokens), newest first.',
            {
              id: 'The link’s id.',
              createdByMemberId: `Who made it. ${MEMBER_ID}`,
              createdAt: 'When it was made.',
              expiresAt: 'When it stops opening.',
              revokedAt: 'When it was revoked or ended by a withdrawal or a change, or null.',
              open: 'Whether it opened when the export was made.',
            },
          ],
          openings: [
            'Every opening of its links, newest first.',
            {
              id: 'The opening’s id.',
              linkId: 'The link opened.',
              openedAt: 'When.',
              format: 'page or pdf.',
            },
          ],
        },
      ],
    },
  ],
};

/** The export document's schema, as a TypeBox object (also the route's documented response). */
export const ExportDocument = describeObject(Composed, descriptions);

/** The JSON Schema document served at /api/export.schema.json. */
export const EXPORT_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `urn:recipro:${EXPORT_FORMAT}:${EXPORT_VERSION}`,
  title: 'recipro export',
  description:
    'Everything one person can see in recipro, as one JSON file: their account and, per circle, ' +
    'what they can read there. Nothing another member keeps private is in it. Times are ' +
    'ISO-8601 in UTC; ids are opaque.',
  ...ExportDocument,
};
