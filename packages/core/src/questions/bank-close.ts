/**
 * Questions for the people closest to each other: couples, families and friends. A family's
 * children read these too, so each is said in plain words; none is about work. A few suit only
 * those who share a home (couples and families), or only grown-ups who met as adults (couples
 * and friends).
 */
import { forKinds } from './written.ts';

export const FOR_CLOSE = forKinds(['couple', 'family', 'friends'], {
  exchanges: {
    practical: {
      light: { q124: 'What do you enjoy doing for others?' },
    },
    emotional: {
      light: { q073: 'When you feel sad, what do you like people to do?' },
      deeper: {
        q074: 'When you are upset, do you want someone to help fix it, to listen, or just to be with you?',
        q121: 'What has worried you this week that you have not mentioned yet?',
      },
    },
    communication: {
      light: {
        q075: 'What time of day is best for you to talk about something important?',
        q128: 'What have you always wanted to ask someone here?',
        q136: 'What is something in your life you would like to tell us more about?',
      },
      deeper: { q076: 'What would you like us to talk about more often?' },
    },
    healing: {
      light: { q077: 'When you are ill or worn out, what do you like people to do for you?' },
      deeper: { q078: 'When was a hard time that someone here stayed beside you?' },
    },
    future: {
      light: {
        q079: 'What would you love for us to do together next year?',
        q080: 'What would you like us to start doing regularly?',
        q120: 'What habit are you trying to build, and how could we help?',
      },
    },
    quality_time: {
      light: {
        q071: 'What is your favourite way to spend time with the people here?',
        q126: 'What does a good evening together look like to you?',
        q132: 'When we are together, what would you like more of: talking, playing, making something or resting?',
      },
    },
  },
  values: {
    light: {
      q091: 'What does a good day look like for you, from morning to night?',
      q092: 'What is something you think everyone should learn to do?',
      q094: 'What does kindness look like on a busy day?',
      q118: 'What is the best advice anyone ever gave you?',
    },
    deeper: {
      q089: 'What is something you believe in enough to stand up for?',
      q090: 'What does being a good friend mean to you?',
      q093: 'What do you hope we can always be honest with each other about?',
      q135: 'What has felt fair between us lately, and why?',
    },
  },
  culture: {
    light: {
      q095: 'What dish from your childhood would you love us to cook together?',
      q096: 'What celebration or holiday matters to you, and why?',
      q099: 'What word in another language, or from a dialect, do you love?',
      q100: 'What story does your family tell again and again?',
      q129: 'What smell, sound or taste takes you back to being little?',
    },
    deeper: { q098: 'What have the older people in your life taught you?' },
  },
  care: {
    light: {
      q082: 'What hug, word or gesture always cheers you up?',
      q083: 'What is your idea of a perfect lazy day?',
      q084: 'How do you like your birthday: big and lively, or small and quiet?',
      q085: 'What do you need at the end of a weekend to feel ready for the week?',
      q087: 'How could people here show they are thinking of you?',
      q088: 'What kind of present means a lot to you, even if it costs nothing?',
      q116: 'What always makes you feel better on a grey day?',
      q125: 'What food or drink makes a bad day better?',
      q130: 'How do you like to be greeted when you arrive?',
    },
    deeper: {
      q081: 'What makes you feel cared about without a word being said?',
      q086: 'What is something you find hard to ask for?',
      q122: 'What would you like people to notice about you?',
      q123: 'What makes you feel you belong here?',
    },
  },
  memories: {
    light: {
      q101: 'What is one of your happiest memories with the people here?',
      q102: 'What is the funniest thing that has happened to us?',
      q103: 'What place have we been together that you would love to go back to?',
      q104: 'What small moment from this week would you like to remember?',
      q131: 'What made you feel brave recently?',
      q133: 'When did you last feel really relaxed with us?',
      q134: 'What did you love doing as a child that you would like to do again?',
    },
    deeper: {
      q069: 'What did someone here say once that you still remember?',
      q105: 'When did you feel really understood by someone here?',
      q117: 'What small tradition of ours would you never want to lose?',
    },
  },
  hopes: {
    light: {
      q107: 'What is something new you would like to try this year?',
      q108: 'If we could go anywhere together, where would you love to go?',
      q119: 'What are you curious about right now?',
    },
    deeper: {
      q106: 'What is a dream you have not told many people about?',
      q109: 'What would you like to be doing in five years?',
      q110: 'What do you hope people remember about you?',
    },
  },
  appreciation: {
    light: {
      q068: 'What little habit of someone here do you secretly love?',
      q070: 'What does someone here do that makes you feel welcome?',
      q137: 'What made you glad to be with us this week?',
    },
    deeper: {
      q072: 'What has someone here taught you, maybe without meaning to?',
      q127: 'What have we got better at together?',
    },
  },
  repair: {
    light: {
      q113: 'What helps you let go of a small argument?',
      q114: 'What signal could we use when a talk is getting too heated?',
      q115: 'After an argument, do you like to make up quickly, or take a little time first?',
    },
    deeper: {
      q111: 'When you feel hurt, what do you need before you can talk about it?',
      q112: 'How do you like to say sorry, and how do you like to hear it?',
    },
  },
});

/** For couples and families: those who share a home. */
export const FOR_HOMES = forKinds(['couple', 'family'], {
  exchanges: {
    practical: {
      light: { q138: 'Which job or errand would you happily swap for a different one?' },
      deeper: { q139: 'Which part of running our home would you like us to look at together?' },
    },
  },
  care: {
    light: { q140: 'What makes our home feel cosy to you?' },
  },
  hopes: {
    deeper: { q141: 'What would make our home feel calmer?' },
  },
});

/** For couples and friends: grown-ups who chose each other. */
export const FOR_GROWN_UPS = forKinds(['couple', 'friends'], {
  exchanges: {
    communication: {
      deeper: { q142: 'What is something you would like to say that feels hard to say out loud?' },
    },
  },
  culture: {
    light: { q097: 'How did the people you grew up with spend a day off?' },
    deeper: {
      q143: 'How were disagreements handled where you grew up, and what do you take from that?',
    },
  },
  memories: {
    deeper: { q144: 'What has changed about you since we first met?' },
  },
  hopes: {
    deeper: { q145: 'What would you be sorry not to have done in the next few years?' },
  },
});
