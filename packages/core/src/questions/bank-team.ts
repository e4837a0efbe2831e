/**
 * Questions for teams at work: about the work and how people work together, never about
 * anyone's private life beyond what they choose to share.
 */
import { forKinds } from './written.ts';

export const FOR_TEAMS = forKinds(['team'], {
  exchanges: {
    practical: {
      light: {
        q251: 'What help would make the biggest difference to your work right now?',
        q277: 'How could we make handing work over between us smoother?',
        q281: 'What kind of help would you happily offer colleagues more often?',
      },
      deeper: { q252: 'Which task that nobody owns would you like us to share out?' },
    },
    emotional: {
      deeper: { q285: 'What helps you on a day when work feels heavy?' },
    },
    communication: {
      light: {
        q253: 'How do you like to receive feedback: written or spoken, in private or in the moment?',
        q278: 'How do you like to be kept in the loop: a message, a quick chat, or a shared list?',
      },
      deeper: {
        q255: 'When you are stuck, how would you like to ask for help, and how would you like it offered?',
      },
    },
    healing: {
      deeper: {
        q273: 'When your workload is too much, how would you like to be able to say so?',
        q274: 'What support would you like when you come back after time off or a hard stretch?',
      },
    },
    future: {
      light: { q275: 'What goal for the coming months are you excited about?' },
    },
  },
  values: {
    light: { q256: 'What does a good meeting feel like to you?' },
    deeper: {
      q257: 'What makes it feel safe to say “I don’t know” or “I got that wrong” here?',
      q270: 'What does respect look like in how we use each other’s time?',
      q280: 'What does a fair share of work feel like to you, beyond the hours?',
    },
  },
  culture: {
    light: {
      q259: 'What habit from a previous job would you like to bring here?',
      q261: 'What unwritten rule of this team should a newcomer know?',
    },
    deeper: { q260: 'How was work talked about where you grew up?' },
  },
  care: {
    light: {
      q254: 'What kind of recognition feels genuine to you at work?',
      q258: 'What helps you switch off properly after work?',
      q271: 'When is your best time for focused work, and how could we protect it?',
      q272: 'What small thing would make your workday more pleasant?',
    },
  },
  memories: {
    light: {
      q262: 'What piece of work we did together are you proud of?',
      q263: 'When did the team work well together this month?',
      q283: 'What made you smile at work this week?',
    },
  },
  hopes: {
    light: {
      q264: 'What would you like to learn from someone on the team?',
      q282: 'What celebration or ritual would you like the team to have?',
      q284: 'Which skill of yours would you like to use more here?',
    },
    deeper: {
      q265: 'What would you like this team to be known for?',
      q266: 'What could we stop doing as a team to make work calmer?',
    },
  },
  appreciation: {
    light: {
      q250: 'What did a colleague do this week that made your work easier?',
      q276: 'Whose work would you like to say thank you for this week, and why?',
    },
    deeper: { q286: 'What work happens quietly in this team that deserves more thanks?' },
  },
  repair: {
    deeper: {
      q267: 'When a discussion gets tense, what helps you stay open?',
      q268: 'After a disagreement at work, what helps you move on well?',
      q269: 'How would you like someone to raise a concern with you?',
      q279: 'What have you learned from a mistake that you would share with the team?',
    },
  },
});
