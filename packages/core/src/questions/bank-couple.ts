/** Questions for couples only: the two of them, their home, closeness and the years ahead. */
import { forKinds } from './written.ts';

export const FOR_COUPLES = forKinds(['couple'], {
  exchanges: {
    practical: {
      deeper: {
        q156: 'How would you like us to share the remembering and planning at home?',
        q194: 'What helps us feel on the same side when life is busy?',
      },
    },
    emotional: {
      deeper: { q175: 'What worry have you been carrying that you would like to share?' },
    },
    communication: {
      light: { q174: 'How do you like to reconnect after a day apart?' },
    },
    repair: {
      deeper: {
        q199: 'When one of us reaches out after a hard moment, how can the other make it easy?',
      },
    },
    healing: {
      deeper: {
        q187: 'How would you like to be supported when work or family weighs on you?',
      },
    },
    future: {
      light: { q188: 'What could we plan for the coming month, to look forward to together?' },
      deeper: { q157: 'What about money would you like us to talk through calmly?' },
    },
    quality_time: {
      light: {
        q155: 'What small ritual could we have, just the two of us?',
        q171: 'What is your favourite way to spend an evening, just the two of us?',
      },
    },
    affection: {
      light: { q198: 'What small gesture of affection would you love more of?' },
    },
    intimacy: {
      deeper: {
        q153: 'When do you feel closest to your partner?',
        q173: 'What makes you feel wanted?',
      },
    },
  },
  values: {
    deeper: {
      q182: 'What would you like us to protect, however busy life gets?',
      q183: 'What does commitment mean to you, in everyday terms?',
      q184: 'What does a fair share feel like to you: not in numbers, but in how it feels?',
      q185: 'What boundary matters to you, and how can your partner help honour it?',
      q186: 'When do you feel most respected by your partner?',
    },
  },
  culture: {
    light: {
      q164: 'What tradition from your side of the family would you like us to keep?',
      q197: 'What did your family do on birthdays or holidays that you would like to bring into ours?',
    },
    deeper: {
      q161: 'What did the couples you saw growing up teach you about love?',
      q162: 'What did your family teach you about sharing the housework, and what would you like to keep?',
      q163: 'How did your family show affection, and how do you like to show it?',
    },
  },
  care: {
    light: {
      q170: 'What compliment would you love to hear more often?',
      q191: 'How would you like to be surprised?',
    },
    deeper: { q154: 'What kind of touch comforts you most on a hard day?' },
  },
  memories: {
    light: {
      q150: 'What made you curious about your partner when you met?',
      q151: 'What moment from our early days would you love to live again?',
      q179: 'What song reminds you of us?',
      q180: 'What is your favourite photo of us, and what was happening in it?',
    },
    deeper: { q181: 'What hard time did we get through together, and what helped?' },
  },
  hopes: {
    light: {
      q158: 'What does a good week together look like for us?',
      q172: 'What would you like us to try together for the first time?',
      q189: 'How would you like to celebrate our next special day?',
      q192: 'If we had a whole free Saturday, how would you fill it?',
    },
    deeper: {
      q159: 'Picture one ordinary evening ten years from now: what are we doing?',
      q160: 'Which dream of yours would you like your partner’s help with?',
      q195: 'What small habit would you like us to try changing together?',
    },
  },
  appreciation: {
    light: {
      q178: 'What has your partner taught you?',
      q190: 'What small kindness from your partner this week would you like to name?',
      q193: 'What do you love about our home?',
    },
    deeper: {
      q152: 'What does your partner do that makes you feel chosen?',
      q176: 'What part of our life together are you especially grateful for right now?',
      q177: 'What do you admire about how your partner handles hard things?',
    },
  },
  repair: {
    light: { q167: 'What words could we use with each other to mean “let’s reset”?' },
    deeper: {
      q165: 'After we have argued, what is the first small thing that helps?',
      q166: 'What do you wish you had said differently in a recent disagreement?',
      q168: 'What helps you feel safe raising something difficult with your partner?',
      q169: 'What could your partner do that would tell you “we’re okay”?',
      q196: 'When we feel far apart, what helps you find your way back?',
    },
  },
});
