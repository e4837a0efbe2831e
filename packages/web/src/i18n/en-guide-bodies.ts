/**
 * The guides' own words: each guide's lead, its paragraphs and its one small thing to try
 * (`guides.<id>.lead`, `.p1` … `.pN`, `.try`). Kept apart from the catalogue every screen
 * loads (en.ts), because only the Guides screens show them: they come with those screens'
 * code, not with the first screen's (`npm run check:bundle`).
 */
export const enGuideBodies = {
  'guides.three-kinds.lead':
    'Why care between close people works best when nobody keeps an exact count.',
  'guides.three-kinds.p1':
    'Anthropologists who studied how people share found three broad patterns. Marshall Sahlins called them generalized, balanced and negative reciprocity. You will probably recognise all three from your own life.',
  'guides.three-kinds.p2':
    'Generalized reciprocity is giving without tracking a return: a parent up at night with a sick child, a friend who drives across town at midnight. It is the usual rhythm among family and close friends, and it is healthy when everyone feels fine about it over time. Balanced reciprocity is a like-for-like exchange within a reasonable time: you host dinner this month, they host next month. It suits neighbours, colleagues and new friendships, where trust is still growing. Negative reciprocity is when one side keeps taking more than it gives, or answers a hurt with an equal hurt.',
  'guides.three-kinds.p3':
    'The sociologist Alvin Gouldner described reciprocity as a norm almost every society holds: we feel we should return what we are given. That instinct is good, but close relationships ask for a looser version of it. In a classic set of experiments, Margaret Clark and Judson Mills found that when people hoped for a close, caring relationship, being paid back straight away for a kindness made them like the other person less, not more. An instant return said: this is a transaction.',
  'guides.three-kinds.p4':
    'That is why exact tit-for-tat hurts between people who care about each other. When every cup of tea needs a matching cup of tea, care starts to feel like a bill. People stop giving freely and start watching. And life is rarely even: someone is ill, someone has exams, a baby arrives. A relationship that only works when every week comes out equal will struggle in exactly the seasons when people need each other most.',
  'guides.three-kinds.p5':
    'What matters is the long rhythm, and willingness on every side. Equity research, from Elaine Hatfield and her colleagues, found that people feel best when the give and take feels fair to all of them over time, not when each exchange is matched. If care has leaned one way for a long while, that deserves a gentle conversation, not a tally.',
  'guides.three-kinds.try':
    'This week, do one small kind thing for someone in your circle and let it go: no mention of it, no waiting for something back. Notice how it feels to give that way, and whether anything returns in its own time.',
  'guides.hurt-for-hurt.lead':
    'How one sharp word invites another, and small ways to step out of the loop.',
  'guides.hurt-for-hurt.p1':
    'A sharp word lands. Before you have had time to think, a sharp word goes back. Then another. Ten minutes later nobody remembers how it started, and everyone involved feels hurt and unheard.',
  'guides.hurt-for-hurt.p2':
    'John Gottman and his colleagues spent years watching couples talk in a research lab. One of the clearest differences between those who were struggling and those who were doing well was what happened right after a negative remark. Where things were going badly, negativity was very likely to be met with more negativity, and the loop fed itself. Where things were going well, people still said sharp things, but the next remark was more often a softening: a joke, a touch, an “okay, that came out wrong”. Gottman called these repair attempts.',
  'guides.hurt-for-hurt.p3':
    'The sociologist Alvin Gouldner noticed the darker side of reciprocity long before: the same instinct that makes us return kindness can make us return injury. Answering hurt with hurt feels like fairness in the moment. Over time it teaches everyone that it is not safe to be open.',
  'guides.hurt-for-hurt.p4':
    'Stepping out does not mean giving in, or pretending nothing happened. It means being the one who changes the direction of the next sentence. That can be as small as naming what is going on (“we’re going round in circles”), slowing down, or asking for a pause. It helps to agree on a phrase in a calm moment, so nobody has to invent one in the middle of an argument. In recipro that phrase is “Let’s reset”.',
  'guides.hurt-for-hurt.p5':
    'Repair also works better when it comes soon. A hard moment talked through within a day tends to leave a smaller mark than one left to settle for weeks. If the other person reaches out, try to take it, even if it is clumsy. A clumsy reach is still a reach.',
  'guides.hurt-for-hurt.try':
    'Today, while things are calm, agree with someone close on your own reset phrase. The next time a conversation starts to spiral, either of you can say it, and you both stop for a slow breath before going on.',
  'guides.feeling-disrespected.lead': 'How to name a hurt so that it can be heard.',
  'guides.feeling-disrespected.p1':
    'Feeling disrespected is one of the hardest things to say out loud. It might be an eye-roll, a decision made without you, a joke at your expense, or being talked over once again. Staying silent lets it grow. Saying it in the heat of the moment often comes out as an attack, and the other person defends themselves instead of listening.',
  'guides.feeling-disrespected.p2':
    'John Gottman’s research found that the first few minutes of a difficult conversation go a long way towards predicting how it ends. He contrasted a harsh start-up with a soft one. A harsh start-up opens with criticism of the person: “you always dismiss me”. A soft start-up opens with what happened and how you felt, and ends with what would help. It is not less honest. It is more likely to be heard.',
  'guides.feeling-disrespected.p3':
    'A useful shape comes from Marshall Rosenberg’s Nonviolent Communication: what I saw, how I felt, what I need, what I would like now. For example: “In the meeting, when my idea was passed over and then praised when someone else repeated it, I felt invisible. I need my part to be seen. Could you back me up next time?” The psychologist Thomas Gordon called sentences that start from your own experience “I-messages”. They leave the other person room to answer instead of defend.',
  'guides.feeling-disrespected.p4':
    'A complaint about a moment is easier to take in than a verdict on someone’s character. “Yesterday I felt brushed aside” can be answered; “you never respect me” can only be argued with. Gottman also found mockery and contempt, like the eye-roll, especially corrosive, so if that is what you are meeting, naming it calmly matters.',
  'guides.feeling-disrespected.p5':
    'Choose your moment if you can: not in front of others, not when anyone is exhausted. And if what you feel is not disrespect but fear, or you are being controlled, that is not something a better sentence can fix. The Support page lists people who can help.',
  'guides.feeling-disrespected.try':
    'Write one sentence about a moment you felt disrespected, in the shape: what happened, how I felt, what I need, what I would like. You do not have to send it. Reading it back often shows you what matters most, and Express can help you share it when you are ready.',
  'guides.talk-now-or-later.lead':
    'Different ways of handling conflict, and how to agree on a pause that works for everyone.',
  'guides.talk-now-or-later.p1':
    'When something goes wrong, some people need to talk it through straight away. Others need time alone before they can say anything useful. Neither is wrong. Trouble starts when each reads the other’s way as a message: the talker sees silence as not caring, and the one who needs space feels chased.',
  'guides.talk-now-or-later.p2':
    'In his studies of couples over many years, John Gottman found stable relationships with quite different styles of conflict. Some talked things through calmly, some argued with plenty of passion and plenty of warmth, and some mostly let small differences go. Each style could work. What mattered more was how much warmth there was alongside the friction, and whether people found their way back to each other afterwards.',
  'guides.talk-now-or-later.p3':
    'Andrew Christensen and Christopher Heavey studied a pattern many people know: one person presses to discuss a problem, the other pulls away, which makes the first press harder, which makes the second pull further away. This demand–withdraw pattern is common, and tiring for both. It often eases when the one who needs space says when they will come back, and the one who wants to talk can trust that they will.',
  'guides.talk-now-or-later.p4':
    'A pause is good for bodies, too. When a conversation heats up, heart rate and stress hormones can climb to the point where listening and thinking clearly get hard; Gottman calls this flooding. He suggests a real break of at least twenty minutes, spent doing something soothing rather than rehearsing your case.',
  'guides.talk-now-or-later.p5':
    'The trick is to agree on the pause before you need it. A good pause has a reason (“I’m too wound up to listen well”), a length (“give me half an hour”) and a return (“then let’s sit down in the kitchen”). Whoever asks for the pause is the one who comes back to the talk. Then taking space stops looking like walking away.',
  'guides.talk-now-or-later.try':
    'In a calm moment, tell someone close which you usually need when things go wrong: to talk now, or some time first. Ask which they need. Then agree how either of you will ask for a pause, and roughly how long it will last.',
  'guides.calming-together.lead':
    'How the people close to us can steady us, and how to steady each other.',
  'guides.calming-together.p1':
    'When you are upset, it is not only your mind that is stirred up. Your breathing, your heart and your muscles are too. Most of us first learned to settle, as small children, in the arms of someone calm. We never quite grow out of needing that.',
  'guides.calming-together.p2':
    'Researchers call this co-regulation: the emotional states of people who are close influence each other, so that each can help the other back to steady ground. Emily Butler and Ashley Randall describe it as a back-and-forth in which one person’s calm helps quieten the other’s distress, and the other way round. David Sbarra and Cindy Hazan drew on attachment research to show how close bonds help regulate stress, and how much harder things feel when those bonds are disrupted.',
  'guides.calming-together.p3':
    'In a well-known study, James Coan and his colleagues scanned the brains of people waiting for a mild electric shock. Holding the hand of someone they loved calmed the brain’s response to the threat, more so when the relationship was a happy one; even a stranger’s hand helped a little. Closeness seems to lighten the load the body carries.',
  'guides.calming-together.p4':
    'It works in both directions, which is why two upset people can wind each other up. Calming together usually starts with one person slowing down first: a lower voice, slower breathing, sitting down rather than standing over someone, a hand offered but not pressed. It does not mean solving the problem right away. It means getting back to a place where solving it is possible.',
  'guides.calming-together.p5':
    'Not everyone wants to be touched when upset, and some people want quiet company more than words. It helps to know what steadies each person in your circle, and to ask rather than guess. On days when nobody around you is calm enough, a few slow breaths on your own are a good start.',
  'guides.calming-together.try':
    'Next time someone close is upset, slow yourself down first: breathe out slowly a few times and lower your voice. Then ask, “What would help right now: company, or some quiet?” and follow their answer.',
  'guides.where-we-come-from.lead':
    'How childhood, attachment and old hurts shape the way we give, and the way we ask.',
  'guides.where-we-come-from.p1':
    'Some people give and give, and find it hard to receive. Some would rather struggle alone than ask for help. Some go quiet whenever things get close. These patterns rarely come from nowhere. Often they were the best way to stay safe, or loved, in an earlier part of life.',
  'guides.where-we-come-from.p2':
    'John Bowlby, who founded attachment theory, saw that children build an inner picture of whether others will be there when they are needed. Mary Ainsworth and her colleagues watched how young children with different early experiences handled a short separation and the reunion after it, and described secure and insecure patterns. Cindy Hazan and Phillip Shaver later showed that adults bring similar patterns into their closest relationships.',
  'guides.where-we-come-from.p3':
    'Put simply: someone who learned that closeness could vanish may seek reassurance often, and feel alarmed by distance. Someone who learned that needs were a burden may become fiercely self-reliant, giving a lot but finding it uncomfortable to ask. Someone who was loved most when looking after others may over-give, and then feel unseen. None of these is a flaw. Each made sense once.',
  'guides.where-we-come-from.p4':
    'The work of Mario Mikulincer and Phillip Shaver suggests these patterns are not fixed. Relationships in which people respond to each other reliably can slowly build a sense of security, at any age. Past hurts, from earlier relationships or from trauma, can leave similar marks, and sometimes it helps to work through them with a counsellor.',
  'guides.where-we-come-from.p5':
    'Knowing your own pattern makes the rhythm of a relationship easier to read. If you tend to over-give, the people around you may rarely have had room to give back, and learning to receive can be part of restoring the balance. If you hardly ever ask, the others may simply not know what you need.',
  'guides.where-we-come-from.try':
    'In Reflect, or in a quiet minute of your own, finish the sentence “When I need help, I usually…”. Then ask yourself whether that still serves you today, and what one small ask could look like this week.',
  'guides.hard-seasons.lead':
    'Why the balance slips when life is heavy, and how to get through it together.',
  'guides.hard-seasons.p1':
    'Every relationship has its seasons: a new baby, an illness, exams, a move, a job that swallows everything, grief. In those stretches one person often gives much less for a while, and that is not a failure. In recipro you can mark a season, so that an imbalance everyone expects is read in its context.',
  'guides.hard-seasons.p2':
    'Stress from outside a relationship tends to leak into it. Lisa Neff and Benjamin Karney followed newly married couples over four years and found that stress from outside the marriage coloured how people saw the marriage itself: the same small annoyances loomed larger when people were already stretched. Knowing this can help you read a hard week more kindly.',
  'guides.hard-seasons.p3':
    'Guy Bodenmann and his colleagues study dyadic coping: stress as something people close to each other can face together. One person says what is weighing on them, the other answers with support, practical or emotional, and sometimes they take the problem on as a team. How people cope together helps explain how well a relationship holds up under pressure.',
  'guides.hard-seasons.p4':
    'Burnout, as Christina Maslach describes it, is more than tiredness: exhaustion, a growing distance from what you do, and a sense that nothing you do makes a difference. Someone who is burnt out may have little left to give, even to the people they love. Mental health changes the rhythm too. Anxiety may seek reassurance again and again; depression may pull someone away. James Coyne described how the people around someone who is depressed can grow frustrated and withdraw, which deepens the loneliness. Understanding this makes it easier to stay close.',
  'guides.hard-seasons.p5':
    'A season has a shape, and usually an end. It helps to say out loud what you can and cannot give for now, to agree on what matters most, and to come back to the balance when things ease. If someone is in crisis, or thinking of harming themselves, reach for help now: the Support page lists lines you can call.',
  'guides.hard-seasons.try':
    'If you are in a heavy stretch, name it. Tell the people close to you what this season is, roughly how long it may last, and one thing that would help. If it fits, mark it as a season on Practice balance.',
  'guides.screens-and-attention.lead':
    'The quiet cost of half-attention, and small habits that protect time together.',
  'guides.screens-and-attention.p1':
    'A phone on the table, a glance at a message in the middle of a story, a laptop open during dinner. None of it is meant unkindly. But attention is one of the clearest ways we show care, and the people around us notice where ours goes.',
  'guides.screens-and-attention.p2':
    'Brandon McDaniel and Sarah Coyne gave this a name: technoference, the everyday interruptions devices bring into time together. In their study, women who reported more technoference in their relationships also reported more conflict about technology and lower satisfaction. James Roberts and Meredith David looked at “phubbing”, snubbing someone in favour of a phone, and found it linked with more conflict and less satisfaction.',
  'guides.screens-and-attention.p3':
    'Even a phone that stays silent can make a difference. Andrew Przybylski and Netta Weinstein found that strangers who talked with a phone simply lying nearby felt less close and less understood afterwards than those without one, especially when the conversation was a meaningful one.',
  'guides.screens-and-attention.p4':
    'John Gottman describes everyday “bids” for connection: a comment, a question, a sigh, a “look at this”. Each bid can be turned towards, turned away from, or turned against. A screen makes turning away easy, without anyone meaning to. Someone whose bids keep going unanswered may slowly stop making them.',
  'guides.screens-and-attention.p5':
    'This is not about giving up phones. They also keep people connected across distance, and for many families and friends they are where a lot of the care happens. It is about choosing moments when the screen is put away, and agreeing on those moments together rather than policing each other.',
  'guides.screens-and-attention.try':
    'Choose one moment a day, such as a meal or the first ten minutes after getting home, when phones stay out of reach. Agree on it together, and notice what you end up talking about.',
  'guides.talk-or-company.lead':
    'Sometimes care is a long talk. Sometimes it is sitting side by side.',
  'guides.talk-or-company.p1':
    'You come home after a hard day. Someone wants to hear all about it; you want to sit quietly with a cup of tea. Or the other way round: you want to talk it through, and you get kind silence, or a list of solutions. Everyone is trying to care. They are just offering different things.',
  'guides.talk-or-company.p2':
    'Harry Reis and Phillip Shaver describe intimacy as a process: one person shares something, the other responds, and the one who shared feels understood, valued and cared for. The response that counts is the one that fits. Sometimes that is questions and listening. Sometimes it is advice. Sometimes it is simply being there.',
  'guides.talk-or-company.p3':
    'Quiet company is a form of care too. Time spent together without much talk, a walk, cooking side by side, watching something, can feel close when the people in it are at ease. John Gottman’s work on bids for connection suggests that small moments of turning towards each other add up over time, and many of them need very few words.',
  'guides.talk-or-company.p4':
    'Good news needs an answer as well. Shelly Gable and her colleagues found that how people respond when someone shares something good, with real interest or with half an ear, shapes how close they feel afterwards. Being met with warmth strengthens a bond; a flat “that’s nice” can quietly leave someone alone with their joy.',
  'guides.talk-or-company.p5':
    'The simplest way through is to ask. “Do you want to talk about it, or just some company?” and “Do you want ideas, or shall I just listen?” are small questions that save a lot of missed care. What someone needs can change from one day to the next, so the question is worth asking again.',
  'guides.talk-or-company.try':
    'Tonight, when someone close tells you about their day, ask them: “Talk, or just company?” Then give them whichever they choose for ten minutes.',
  'guides.culture-and-care.lead':
    'People show care in different languages. Much felt imbalance is a mismatch of languages, not of love.',
  'guides.culture-and-care.p1':
    'In some homes love is said out loud every day. In others it is shown: the meal on the table, the lift to the station, turning up when someone is ill. One person cooks every night; another waits for words. Each may feel they give a lot and receive little, when care is in fact flowing, just in a language the other does not hear.',
  'guides.culture-and-care.p2':
    'Gary Chapman’s popular idea of “love languages” gave many people words for this. Research has not confirmed that each person has one fixed language: a 2024 review by Emily Impett, Haeyoung Gideon Park and Amy Muise found little support for that, and suggested thinking of care more like a balanced diet with many ingredients. The useful part remains. People differ in what they notice as care, so it is worth asking.',
  'guides.culture-and-care.p3':
    'Culture shapes this deeply. Hazel Markus and Shinobu Kitayama described how some cultures see the self as independent, and others as woven into family and community. Heejung Kim, David Sherman and Shelley Taylor reviewed studies showing that people from some East Asian backgrounds are often more hesitant to ask for help directly, and may draw more comfort from quiet support, such as time with the people they belong to, than from talking their troubles through.',
  'guides.culture-and-care.p4':
    'So an act that feels like care in one family can feel like intrusion in another. “How are you really?” may be warm to one person and uncomfortable to the next. For some people, loyalty to family, being reliable, or giving someone space is the clearest way they have of saying they care.',
  'guides.culture-and-care.p5':
    'In a circle where people grew up differently, none of these ways is the right one. It helps to be curious about each other: where did you learn what care looks like? What did it look like at home? What do you miss from it?',
  'guides.culture-and-care.try':
    'Ask someone in your circle, “When you were growing up, how did people at home show they cared?”, and share your own answer. Then show care in their language once this week. You can also choose your own care languages on Practice balance.',
} as const satisfies Record<string, string>;

export type GuideBodyKey = keyof typeof enGuideBodies;
