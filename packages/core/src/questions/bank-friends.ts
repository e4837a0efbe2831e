/** Questions for friends: staying close by choice, sharing plans, and clearing the air. */
import { forKinds } from './written.ts';

export const FOR_FRIENDS = forKinds(['friends'], {
  exchanges: {
    practical: {
      deeper: {
        q237: 'How would you like us to share the hosting, the organising and the costs?',
      },
    },
    communication: {
      light: { q233: 'How do you like to stay in touch when life gets busy?' },
    },
    healing: {
      deeper: {
        q236: 'When you are going through something hard, how would you like friends to reach out?',
      },
    },
    future: {
      light: { q240: 'If we started a tradition as friends, what would it be?' },
    },
    quality_time: {
      light: { q245: 'What is your favourite thing we do when we all get together?' },
    },
  },
  values: {
    light: { q235: 'What makes a friendship feel easy to you?' },
  },
  culture: {
    light: { q242: 'What custom from your background would you like us to try?' },
    deeper: { q243: 'What did friendship look like where you grew up?' },
  },
  care: {
    light: {
      q246: 'When you cancel plans because you are tired, what would you like to hear back?',
    },
  },
  memories: {
    light: {
      q230: 'When did you know we would be friends?',
      q231: 'What adventure of ours do you still tell people about?',
    },
  },
  hopes: {
    light: {
      q232: 'What trip or plan do we keep talking about that we should really do?',
      q238: 'What would you like us to celebrate together this year?',
    },
  },
  appreciation: {
    light: {
      q239: 'What have you always liked about this group?',
      q244: 'What message from a friend made your day lately?',
    },
    deeper: { q234: 'What did a friend once do for you that you never forgot?' },
  },
  repair: {
    deeper: { q241: 'After a misunderstanding between friends, what helps you clear the air?' },
  },
});
