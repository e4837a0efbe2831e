/**
 * English messages of the Support page, the quiet support card and Quick exit. Merged into `en`
 * in en.ts; keys start with `supportPage.`, `supportCard.`, `quickExit.` or `header.support`.
 */
export const enSupport = {
  'header.support': 'Support',

  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leave recipro now for an ordinary web page. Pressing Esc twice does the same.',

  'supportPage.title': 'Support',
  'supportPage.intro':
    'If you feel afraid, controlled or unsafe, or you are thinking of hurting yourself, you deserve support, and you do not have to carry this alone.',
  'supportPage.emergency.title': 'In danger right now?',
  'supportPage.emergency.body': 'Call the emergency number where you are: {number} in {country}.',
  'supportPage.emergency.anywhere': 'Call your local emergency number.',
  'supportPage.can.title': 'What recipro can and cannot do',
  'supportPage.can.notEmergency':
    'recipro is not an emergency service. Nobody watches what you write, and nobody will come if you write that you are in danger.',
  'supportPage.can.notTherapy':
    'recipro is not therapy or counselling, and it cannot judge whether a relationship is safe.',
  'supportPage.can.private':
    'When something you write speaks of fear, control or harm, recipro shows you, and only you, a quiet link to this page. Nobody else in your circles is told, and nothing about it is kept.',
  'supportPage.can.who':
    'The help lines on this page are answered by people trained to listen in confidence and to help you think through what to do next.',
  'supportPage.lines.title': 'Help lines',
  'supportPage.country': 'Country',
  'supportPage.country.other': 'Another country',
  'supportPage.country.none':
    'Pick your country to see its help lines. For anywhere else, the directories below list lines worldwide.',
  'supportPage.international.title': 'Anywhere in the world',
  'supportPage.call': 'Call {number}',
  'supportPage.text': 'Text {number}',
  'supportPage.website': 'Website',
  'supportPage.source': 'Checked at {site}',
  'supportPage.purpose.abuse': 'Domestic abuse and coercive control, for anyone',
  'supportPage.purpose.abuseWomen': 'Domestic abuse and violence against women',
  'supportPage.purpose.abuseMen': 'Domestic abuse, for men',
  'supportPage.purpose.crisis': 'Crisis and thoughts of suicide or self-harm',
  'supportPage.purpose.directory': 'Help lines in other countries',
  'supportPage.privacy.title': 'Staying private',
  'supportPage.privacy.exit':
    'Quick exit, at the top of every screen, leaves recipro at once for an ordinary search page; pressing Esc twice does the same.',
  'supportPage.privacy.history':
    'Your browser keeps a history of the pages you visit. If someone else uses this device, a private window leaves less behind.',

  'supportCard.title': 'Only you see this',
  'supportCard.body':
    'Some of what you wrote speaks of fear, control or harm. If things feel hard or unsafe, help is there.',
  'supportCard.link': 'Find support',
};
