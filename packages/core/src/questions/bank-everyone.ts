/**
 * Questions for every kind of circle: a couple, a family with children, friends and a team at
 * work all read these, so each is fit for a workplace and easy for a child to answer.
 */
import { CIRCLE_KINDS } from '../vocabulary.ts';
import { forKinds } from './written.ts';

export const FOR_EVERYONE = forKinds(CIRCLE_KINDS, {
  exchanges: {
    practical: {
      light: { q009: 'What small, practical kind of help are you always glad to get?' },
      deeper: {
        q010: 'What are you keeping track of at the moment that others might not see?',
        q061: 'What feels heaviest in your week right now, and would a hand with it help?',
      },
    },
    emotional: {
      light: {
        q011: 'After a long day, what helps you more: talking it through, or some quiet company?',
        q064: 'What is one thing on your mind today that you would like to share?',
      },
      deeper: {
        q004: 'When did you last feel really listened to here, and what made it feel that way?',
      },
    },
    communication: {
      light: {
        q012: 'How do you like to be asked how you are, so that you feel like answering?',
        q013: 'What is a question you wish people asked you more often?',
        q059: 'What would you like people here to ask you about?',
      },
      deeper: { q055: 'How could we make asking for help feel easier here?' },
    },
    repair: {
      deeper: {
        q067: 'When someone reaches out after a tense moment, what makes it easy to meet them halfway?',
      },
    },
    healing: {
      light: { q017: 'What kind of message would be welcome on a hard day?' },
      deeper: { q015: 'What helps you most when you are under pressure?' },
    },
    future: {
      light: {
        q014: 'What is one thing you would like us to plan, so there is something to look forward to?',
      },
    },
  },
  values: {
    light: { q023: 'What is one thing you care about that people here might not know?' },
    deeper: {
      q022: 'What does respect look like to you in small, everyday moments?',
      q024: 'What is a promise, big or small, that matters to you to keep?',
      q025: 'What makes something feel fair to you?',
      q026: 'What would you like us to hold on to when things get hard?',
      q027: 'What does “being there for someone” mean to you?',
      q062: 'What is something you changed your mind about recently?',
    },
  },
  culture: {
    light: {
      q028: 'What is a saying from where you grew up that you still use?',
      q029: 'What food reminds you of where you come from?',
      q030: 'What tradition would you like to share with the people here?',
      q053: 'What song, film or book says something about who you are?',
    },
    deeper: {
      q031: 'Where you grew up, was thanks said out loud or shown more quietly?',
      q032: 'Where you grew up, how did people show they cared without saying it?',
    },
  },
  care: {
    light: {
      q018: 'How do you most like to be thanked: in words, with a gesture, or in another way?',
      q019: 'What small thing makes you feel looked after?',
      q051: 'What did you do today just for yourself?',
    },
    deeper: {
      q016: 'How can the people here tell that you could use some support, even when you don’t say it?',
      q020: 'When you need some space, how would you like to say so, and how would you like it to be heard?',
      q021: 'What kind of help, however kindly meant, doesn’t really help you?',
      q054: 'What gives you energy, and what tires you out, on an ordinary day?',
      q056: 'What would you like a little more of from us: time, words, a hand with things, or space?',
      q063: 'What is a way you show care that others might not notice?',
    },
  },
  memories: {
    light: {
      q033: 'What moment with the people here still makes you smile?',
      q034: 'What has been the best part of your week so far?',
      q035: 'What did you learn recently that surprised you?',
      q050: 'What made you laugh recently?',
      q058: 'If this week had a title, what would it be?',
      q060: 'What is the kindest thing a stranger ever did for you?',
      q065: 'What was a good moment from yesterday?',
    },
    deeper: { q036: 'When did you feel proud of something we did together?' },
  },
  hopes: {
    light: {
      q038: 'What are you looking forward to this month?',
      q039: 'What is one thing you would like to get better at this year?',
      q040: 'If we had a free afternoon together, how would you like to spend it?',
      q041: 'What would make next week feel a little lighter for you?',
      q066: 'What is a small thing you would like to try this week?',
    },
    deeper: { q042: 'What is one thing you hope we keep doing, whatever changes?' },
  },
  appreciation: {
    light: {
      q001: 'What is one small thing someone here did lately that made your day a little easier?',
      q002: 'Who outside this circle helped you this week, and how?',
      q003: 'What is something someone here is good at that you would like to learn?',
      q005: 'What kind words did you hear lately that stayed with you?',
      q008: 'What did someone here do this month that you admired?',
      q037: 'What small win from this week is worth celebrating?',
      q052: 'What are you quietly proud of this week?',
      q057: 'When did someone here surprise you in a good way?',
    },
    deeper: {
      q006: 'What effort by someone here might have gone unnoticed lately?',
      q007: 'What would you like to thank someone here for that you have not said yet?',
    },
  },
  repair: {
    light: {
      q047: 'After a difficult moment, what small sign tells you that things are okay again?',
      q049: 'What helps you start again after a day that went wrong?',
    },
    deeper: {
      q043: 'After a disagreement, what helps you feel ready to talk again?',
      q044: 'What is a kind way to say “I need a pause” that you would find easy to hear?',
      q045: 'What makes an apology feel real to you?',
      q046: 'When a conversation starts to feel tense, what could someone say that would help it settle?',
      q048: 'How would you like to hear that something you did didn’t land well for someone?',
    },
  },
});
