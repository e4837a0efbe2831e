/**
 * English messages of the signed-out welcome, the first-run path after sign-up and the next steps
 * a circle with no activity yet shows. Merged into `en` in en.ts; keys start with `welcome.`,
 * `firstRun.` or `nextSteps.`.
 */
export const enWelcome = {
  'welcome.title': 'Notice the care between you',
  'welcome.lead':
    'recipro is a small, private place for couples, families, close friends and small teams to see the rhythm of giving and receiving care, over weeks and months.',
  'welcome.picture':
    'Two people facing each other, a heart going one way and a cup of tea the other, above a gentle wave.',
  'welcome.points': 'What recipro is',
  'welcome.point.small.title': 'Small acts, noticed',
  'welcome.point.small.body':
    'Log a cup of tea, a listening ear or a plan made, in one tap. The person who received it can say “I noticed”.',
  'welcome.point.rhythm.title': 'A rhythm, not a tally',
  'welcome.point.rhythm.body':
    'Nobody is ranked and nothing is counted against anyone. A busy month, an illness or a new baby shifts the balance for a while; what matters is the rhythm over time.',
  'welcome.point.private.title': 'Private by design',
  'welcome.point.private.body':
    'What you reflect on stays yours. Others see only what you choose to share, and you can leave and take your data with you at any time.',
  'welcome.not':
    'recipro is not therapy and not a way to watch anyone. It is a tool for the people in the relationship, and something you can bring to a counsellor if you like.',
  'welcome.signUp': 'Create an account',
  'welcome.signIn': 'Sign in',
};
