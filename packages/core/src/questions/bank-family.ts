/**
 * Questions for families: grown-ups and children answer the same question, so each is short,
 * in plain words, and fine to answer at any age.
 */
import { forKinds } from './written.ts';

export const FOR_FAMILIES = forKinds(['family'], {
  exchanges: {
    practical: {
      light: {
        q204: 'Which job at home do you not mind doing?',
        q205: 'Which job at home would you like to learn to do?',
      },
    },
    emotional: {
      deeper: { q215: 'Is something worrying you that we could help with?' },
    },
    communication: {
      light: { q227: 'When do you most like to tell us about your day?' },
      deeper: { q222: 'What helps you feel listened to at mealtimes or on a car journey?' },
    },
    healing: {
      light: { q210: 'When someone in our family is sad, what can the rest of us do?' },
    },
    future: {
      deeper: { q224: 'What would you like us to decide together as a family?' },
    },
    quality_time: {
      light: { q206: 'What would be a fun thing for us to do together this weekend?' },
    },
  },
  values: {
    light: { q202: 'If our family had a motto, what should it be?' },
    deeper: {
      q203: 'Which family rule feels fair to you, and which would you like to talk about?',
    },
  },
  culture: {
    light: {
      q207: 'What is your favourite family meal?',
      q208: 'What story about a grandparent or an older relative do you love to hear?',
      q209: 'Which of our family traditions do you like best?',
    },
    deeper: { q220: 'What does our family do differently from other families you know?' },
  },
  care: {
    light: {
      q211: 'How do you like us to say goodnight or goodbye?',
      q212: 'What would you like to hear more often at home?',
    },
  },
  memories: {
    light: {
      q200: 'What was the best bit of your day?',
      q221: 'What do you remember about the day someone new joined our family?',
      q223: 'Which holiday or trip would you like us to remember for ever?',
    },
  },
  hopes: {
    light: {
      q214: 'What would you like us to do together as a family before the year is over?',
      q219: 'What would you still love to learn, at any age?',
      q226: 'If you could invent a family holiday, what would we celebrate?',
    },
  },
  appreciation: {
    light: {
      q201: 'What have you made, built or drawn lately that you are proud of?',
      q213: 'What kind thing did you see someone in our family do?',
      q228: 'Who in our family made you laugh this week, and how?',
    },
    deeper: {
      q225: 'What small thing helps our family run smoothly that might go unnoticed?',
    },
  },
  repair: {
    light: {
      q216: 'What helps you calm down when you feel cross?',
      q217: 'How can we make up after we have been cross with each other?',
      q218: 'What makes saying sorry easier for you?',
    },
  },
});
